import groovy.json.JsonSlurper

// The site's aitest page, read back from the generated site: in the HTML Maven's site wrote, and as headless
// Chromium renders it (the DOM after its scripts ran).
def results = new JsonSlurper().parse(new File(basedir, 'target/aitest-reports/results.json'))
def log = new File(basedir, 'build.log').getText('UTF-8')

// 1: the goal alone, before any run
assert log.contains('[INFO] aitest: no target/aitest-reports/results.json; the site\'s aitest page says how to produce it')
assert log.contains('[INFO] aitest: site page in target/site/aitest.html')

// 2: 3 tests x 3 iterations: 5 of 9 runs passed; the site ran no test (one summary line per iteration, 3 in all)
def s = results.summary
assert [s.tests, s.passed, s.failed, s.flaky, s.runs, s.passedRuns] == [3, 1, 1, 1, 9, 5]
assert (log =~ /aitest: iteration \d\/3: /).size() == 3

def page = new File(basedir, 'target/site/aitest.html')
assert page.isFile()
def html = page.getText('UTF-8')
def copy = new File(basedir, 'target/site/aitest/report.html')
assert copy.isFile() && copy.bytes == new File(basedir, 'target/aitest-reports/report.html').bytes
assert html.contains('href="aitest/report.html"')
// listed among the project's reports
assert new File(basedir, 'target/site/project-reports.html').getText('UTF-8').contains('href="aitest.html"')

def (dom, err) = evaluate(new File(basedir, '../it-parent/HeadlessChromium.groovy'))(basedir, page)
new File(basedir, 'target/aitest-page.dom.html').setText(dom, 'UTF-8')
// the text as the browser shows it: tags dropped, entities decoded
def text = dom.replaceAll('<[^>]+>', ' ').replace('&lt;', '<').replace('&gt;', '>').replace('&amp;', '&')
        .replaceAll('\\s+', ' ')
assert text.contains('PASS: overall pass rate 56% (5/9 runs; 95% CI 15-90%), threshold aitest.minPassRate 50%.') : text
assert text.contains('failed it.AnswerTest#alwaysWrong 0/3 · 0% (0-56%) FFF cites the wrong policy ==> expected: <refund within 30 days> but was: <refund within 14 days>') : text
assert text.contains('flaky it.AnswerTest#wrongInIteration2 2/3 · 67% (21-94%) PFP wrong answer in iteration 2') : text
assert text.contains('Iterations Tests Passed Failed Flaky Skipped Runs Duration 3 3 1 1 1 0 9') : text
assert text.contains('Read from target/aitest-reports/results.json, a run started ') : text
assert text.contains('the full report') : text
return true
