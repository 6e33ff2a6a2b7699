import groovy.json.JsonSlurper

// Maven 3.9's plugin validation, asked to say everything, says nothing about aitest: no issue in its descriptor,
// its dependencies (Maven's own in provided scope) or the parameters the project sets.
def log = new File(basedir, 'build.log').getText('UTF-8')
def results = new JsonSlurper().parse(new File(basedir, 'target/aitest-reports/results.json'))
assert results.iterations == 2 && results.summary.runs == 2 && results.summary.passedRuns == 2

// the validation ran and reported: the old clean plugin is named, with its issue
assert log.contains('validation issues were detected in following plugin(s)') : log
assert log.contains('[WARNING]  * org.apache.maven.plugins:maven-clean-plugin:2.5\n') : log
def lines = log.readLines()
def reported = lines.findAll { it.startsWith('[WARNING]') && (it.contains('dev.aitest:aitest-maven-plugin')
        || it.contains('aitest-maven-plugin:') || it.contains('aitest-runtime')) }
assert reported.isEmpty() : reported.join('\n')
assert !(log =~ /(?m)^\[WARNING\] +\* .*aitest/) : log
return true
