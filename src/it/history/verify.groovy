import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
def files = new File(basedir, 'target/history').listFiles().findAll { it.name.endsWith('.json') }.sort { it.name }
// three builds appended, aitest:report replaced the third's record, and the size of 2 removed the first
assert files.size() == 2
files.each { assert it.name ==~ /\d{8}T\d{9}Z-([0-9a-f]{7}|local)-[0-9a-f]{8}\.json/ }
def records = files.collect { new JsonSlurper().parse(it) }
def results = new JsonSlurper().parse(new File(basedir, 'target/aitest-reports/results.json'))
assert records[1].startedAt == results.startedAt
assert records*.format == ['aitest-history', 'aitest-history'] && records*.version == [1, 1]
// build 2: answers passed 1 of 2; build 3: 2 of 2; one line per test, as a baseline file has them
assert records[0].classes[0].tests == [answers: [1, 2], stable: [2, 2]]
assert records[1].classes[0].tests == [answers: [2, 2], stable: [2, 2]]
assert records[0].summary.passedRuns == 3 && records[1].summary.passedRuns == 4
assert records[1].criteria == [minPassRate: 100.0, confidence: 0.95, gate: 'observed']
assert records.every { it.commit == null || it.commit ==~ /[0-9a-f]{7,64}/ }
assert files[1].getText('UTF-8').contains('\n      "answers": [2, 2],\n      "stable": [2, 2]\n')

assert log.contains("aitest: aitest.history is 'pom.xml', but ")
assert log.contains("aitest: aitest.historySize is '0' but must be a whole number of 1 or more")
assert !new File(basedir, 'target/refused/iteration-1').exists()
return true
