import groovy.json.JsonSlurper

def server = System.getProperties().remove('aitest.it.server.' + basedir.canonicalPath)
server?.stop(0)

def properties = new Properties()
new File(basedir, 'invoker.properties').withInputStream { properties.load(it) }
def key = properties.getProperty('invoker.environmentVariables.OPENAI_API_KEY')

def reports = new File(basedir, 'target/aitest-reports')
def results = new JsonSlurper().parse(new File(reports, 'results.json'))
def html = new File(reports, 'report.html').getText('UTF-8')
def md = new File(reports, 'report.md').getText('UTF-8')
def log = new File(basedir, 'build.log').getText('UTF-8')
def requests = new File(basedir, 'fake-server/requests.jsonl').readLines().findAll { it.trim() }
        .collect { new JsonSlurper().parseText(it) }

// the results themselves
assert results.iterations == 2
assert [results.summary.tests, results.summary.passed, results.summary.failed, results.summary.flaky] == [3, 1, 1, 1]
assert results.summary.passRate == 50.0

// the server saw exactly one request, over both invocations: the report goal reused the summary
assert requests.size() == 1
def request = requests[0]
assert request.method == 'POST' && request.path == '/v1/chat/completions'
assert request.authorized
assert request.body.model == 'gpt-5-mini'
def input = request.body.messages.find { it.role == 'user' }.content
assert input.contains('it.FlakyTest#failsInIteration2 (flaky)')
assert input.contains('it.FlakyTest#alwaysFails (failed)')
assert input.contains('iterations: 1 passed, 2 failed')
assert !input.contains('it-leaked-bearer-token-123456') && !input.contains('sk-proj-ITLEAKEDKEYITLEAKEDKEY0001')
assert input.contains('[REDACTED]')

// the summary and its provenance in results.json
def ai = results.aiSummary
assert ai.model == 'gpt-5-mini'
assert ai.inputTokens == 1500 && ai.outputTokens == 200
assert ai.costUsd == 0.000775   // gpt-5-mini: 1,500 x $0.25 + 200 x $2.00 per million
assert ai.numbersRemoved == 1   // the "50%" the model typed
assert ai.unknownPlaceholders == 0
assert ai.reused == true        // the last writer, aitest:report, reused it
assert ai.prompt == 'built-in' && ai.leftOut == [] && ai.error == null
assert ai.inputHash ==~ /[0-9a-f]{64}/
assert ai.markdown.contains('The suite passes 50% of its runs, about (number removed) by the model')
assert ai.markdown.contains('it.FlakyTest\\#failsInIteration2: the refund answer changed in iteration 2')
        || ai.markdown.contains('it.FlakyTest#failsInIteration2: the refund answer changed in iteration 2')
assert !ai.markdown.contains('{{')
// the service echoed the key in its answer: redacted before anything was stored
assert ai.markdown.contains('Rotate the key you sent me: [REDACTED]')

// in both reports, next to the deterministic overview
assert html.contains('id="ai-summary"') && !html.contains('id="ai-note"')
assert html.contains('The suite passes 50% of its runs')
assert html.contains('it.FlakyTest#failsInIteration2: the refund answer changed in iteration 2')
assert html.contains('id="overview-flaky"')
assert md.contains('## AI summary')
assert md.contains('The suite passes 50% of its runs')
assert md.contains('Pin the refund prompt.')

// the log says what happened
assert log.contains('aitest: AI summary written by gpt-5-mini (1,500 input and 200 output tokens, $0.0008, 1 number(s) the model typed removed)')
assert log.contains('aitest: AI summary reused from results.json (same results, model and prompt; no new request)')
assert !log.contains('[WARNING] aitest: no AI summary')

// secrets a test wrote into its failure message are in no output (2 per run of alwaysFails, which ran twice), only
// in Surefire's own XML in the iteration folders, as the console says once
assert results.redactedSecrets == 4
def leaked = ['it-leaked-bearer-token-123456', 'sk-proj-ITLEAKEDKEYITLEAKEDKEY0001']
reports.eachFileRecurse(groovy.io.FileType.FILES) { file ->
    if (!file.path.contains('/iteration-')) {
        leaked.each { secret -> assert !file.getText('UTF-8').contains(secret) : "${secret} is in ${file}" }
    }
}
assert new File(reports, 'iteration-1/TEST-it.FlakyTest.xml').getText('UTF-8').contains(leaked[0])
assert results.tests.find { it.id == 'it.FlakyTest#alwaysFails' }.iterations[0].message.contains('Authorization: [REDACTED]')
assert log.count('secrets in what the tests reported were replaced with [REDACTED] in results.json and the reports') == 1

// the key is in no file under target/, and not in the log
new File(basedir, 'target').eachFileRecurse(groovy.io.FileType.FILES) { file ->
    assert !file.getText('ISO-8859-1').contains(key) : "the key is in ${file}"
}
assert !log.contains(key)
assert new File(reports, 'ai-summary-cache.json').isFile()
return true
