import groovy.json.JsonSlurper

def server = System.getProperties().remove('aitest.it.server.' + basedir.canonicalPath)
server?.stop(0)

def key = (new File(basedir, 'settings.xml').getText('UTF-8') =~ /<password>([^<]+)<\/password>/)[0][1]
def reports = new File(basedir, 'target/aitest-reports')
def results = new JsonSlurper().parse(new File(reports, 'results.json'))
def html = new File(reports, 'report.html').getText('UTF-8')
def md = new File(reports, 'report.md').getText('UTF-8')
def log = new File(basedir, 'build.log').getText('UTF-8')
def requests = new File(basedir, 'fake-server/requests.jsonl').readLines().findAll { it.trim() }
        .collect { new JsonSlurper().parseText(it) }

// 1: one request with the settings.xml password as bearer token; a 401 is not retried
assert requests.size() == 1
assert requests[0].path == '/v1/chat/completions' && requests[0].authorized

// the results are whole, and the failure is recorded
assert results.iterations == 1 && results.summary.tests == 3
def ai = results.aiSummary
assert ai.model == 'gpt-5-mini' && ai.markdown == null
def cause = 'the OpenAI-compatible service at 127.0.0.1:'
assert ai.error.startsWith(cause)
assert ai.error.contains(" refused the API key (HTTP 401); check the key in the password of the server 'aitest-openai' in settings.xml")

// one warning, the reports with a note, then the build failure
def warning = '[WARNING] aitest: no AI summary: ' + ai.error + '. The reports are written without it; aitest.summaryFailOnError fails the build once they are'
assert log.contains(warning)
assert log.count('aitest: no AI summary: ') == 1   // one warning
assert log.contains('aitest: no AI summary and aitest.summaryFailOnError is true: ' + ai.error + ' (every report was written)')
assert html.contains('id="ai-note">No AI summary: ' + ai.error.replace("'", '&#39;') + '. The overview below is computed from the results alone.</p>')
assert md.contains('_No AI summary: ')
assert html.contains('it.FlakyTest#failsInIteration2') || html.contains('it.FlakyTest#alwaysFails')

// 2 and 3: refused before any test ran (iteration 1/1 started once, in invocation 1)
assert log.contains("aitest: aitest.summaryTimeout is 'soon' but must be a whole number of seconds from 1 to 3600; set it in the plugin's <configuration> or on the command line, e.g. -Daitest.summaryTimeout=300")
assert log.contains("aitest: aitest.summaryServerId is 'nope' but settings.xml has no <server> with that id")
assert log.count('aitest: iteration 1/1 starting') == 1

// the key, and the part of it the service echoed, are in no file under target/ and not in the log
def echoed = key.substring(key.length() - 4)
new File(basedir, 'target').eachFileRecurse(groovy.io.FileType.FILES) { file ->
    def text = file.getText('ISO-8859-1')
    assert !text.contains(key) : "the key is in ${file}"
    assert !text.contains('*****' + echoed) : "the echoed key is in ${file}"
}
assert !log.contains(key) && !log.contains('*****' + echoed)
return true
