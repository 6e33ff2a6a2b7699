import groovy.json.JsonSlurper

def json = { path -> new JsonSlurper().parse(new File(basedir, path)) }
def log = new File(basedir, 'build.log').getText('UTF-8')
def goodbye = 'The forked VM terminated without properly saying goodbye. VM crash or System.exit called?'
def dump = ~/\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d_\d+-jvmRun1\.dumpstream/

// 1: iteration 2's JVM could not start; its crash says what the JVM said, the key-like module name redacted
def results = json('target/aitest-reports/results.json')
def said = ('Error occurred during initialization of boot layer / java.lang.module.FindException: Module '
        + 'com.example.[REDACTED] not found')
def crash = results.iterationSummaries[1].crash
assert results.iterationSummaries[0].crash == null
assert crash.startsWith(said + " (the test JVM's output, in ") && crash.endsWith('; Surefire: ' + goodbye + ')')
assert (crash - (said + " (the test JVM's output, in ") - ('; Surefire: ' + goodbye + ')')) ==~ dump
def test = results.tests.find { it.id == 'it.StartsTest#starts' }
assert test.outcome == 'flaky' && test.iterations*.outcome == ['passed', 'error']
assert test.iterations[1].message == 'test JVM crashed in iteration 2: ' + crash
assert log.contains('aitest: iteration 2/2 ended abnormally: ' + crash + '; tests it did not report are recorded')
def md = new File(basedir, 'target/aitest-reports/report.md').getText('UTF-8')
// (Markdown escapes the brackets; the table cuts the message at 160 characters)
assert md.contains('| test JVM crashed in iteration 2: Error occurred during initialization of boot layer / '
        + 'java.lang.module.FindException: Module com.example.\\[REDACTED\\] not found (t... |')
def record = new File(basedir, 'target/aitest-reports/iteration-2/aitest-iteration.json').getText('UTF-8')
assert json('target/aitest-reports/iteration-2/aitest-iteration.json').crash == crash
def html = new File(basedir, 'target/aitest-reports/report.html').getText('UTF-8')
assert html.contains('Module com.example.[REDACTED] not found')
[new File(basedir, 'target/aitest-reports/results.json').text, md, html, record].each {
    assert !it.contains('AKIAABCDEFGHIJKLMNOP')
}

// 2: a module path whose jar is not one, with markup in its name: the JVM's words, escaped in the reports
def markup = json('target/markup/results.json').iterationSummaries[1].crash
assert markup.startsWith('Error occurred during initialization of boot layer / java.lang.module.FindException: Error '
        + 'reading target/bad<b>|x.jar / Caused by: java.util.zip.ZipException: zip END header not found '
        + "(the test JVM's output, in ")
def md2 = new File(basedir, 'target/markup/report.md').getText('UTF-8')
assert !md2.contains('<b>')
assert md2.contains('| test JVM crashed in iteration 2: Error occurred during initialization of boot layer / '
        + 'java.lang.module.FindException: Error reading target/bad&lt;b&gt;\\|x.jar / Caused... |')
def html2 = new File(basedir, 'target/markup/report.html').getText('UTF-8')
assert !html2.contains('<b>|x.jar')
assert html2.contains('Error reading target/bad&lt;b&gt;|x.jar / Caused by: java.util.zip.ZipException: zip END header '
        + 'not found')
return true
