import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
def results = new JsonSlurper().parse(new File(basedir, 'target/aitest-reports/results.json'))

// the committed file: small, sorted, one test per line, nothing that changes when the counts do not
def file = new File(basedir, 'aitest-baseline.json')
def text = file.getText('UTF-8')
assert !text.contains('startedAt') && !text.contains('durationMs') && !text.contains('aitestVersion')
assert text.readLines().findAll { it.contains('"answers"') || it.contains('"cites"') || it.contains('"ok"') }.size() == 3
def order = ['"answers"', '"cites"', '"ok"'].collect { text.indexOf(it) }
assert order == order.sort(false)
assert new JsonSlurper().parseText(text).format == 'aitest-baseline'
assert log.contains('aitest: wrote the baseline of 3 tests over 5 iterations to aitest-baseline.json')

// invocation 5 compared the run after the change with the earlier results.json: its figures, checked by hand
def b = results.baseline
assert b.source.path == 'target/before/results.json' || b.source.path.endsWith('target/before/results.json')
assert b.source.iterations == 5 && b.source.startedAt != null && b.confidence == 0.95
assert b.counts == [regressed: 1, improved: 1, changed: 0, unchanged: 1, new: 0, removed: 0]
def answers = b.tests[0]
assert answers.id == 'it.SupportTest#answers' && answers.change == 'regressed'
assert answers.before == [passedRuns: 5, countedRuns: 5, passRate: 100.0]
assert answers.after == [passedRuns: 0, countedRuns: 5, passRate: 0.0]
// one-sided Fisher exact test, 0 of 5 now against 5 of 5 then: P(X <= 0) = C(5,0) C(5,5) / C(10,5) = 1/252
def choose = { int n, int k -> (0..<k).inject(1g) { acc, i -> acc * (n - i) / (i + 1) } }
double p = 1d / choose(10, 5)
assert Math.abs(answers.pValue - p) < 1e-12
// Holm over the 3 matched tests: the smallest p-value times 3
assert Math.abs(answers.adjustedPValue - 3 * p) < 1e-12
def cites = b.tests[1]
assert cites.id == 'it.SupportTest#cites' && cites.change == 'improved' && Math.abs(cites.adjustedPValue - 3 * p) < 1e-12
// paired differences -100, +100 and 0 points: mean 0, within noise (the interval is capped at +-100)
assert b.overall == [difference: 0.0, differenceLow: -100.0, differenceHigh: 100.0, matchedTests: 3,
                     regressed: false, improved: false]

// invocation 3: the console line and the regressed test, and a note from aitest:verify
assert log.contains('aitest: against the baseline aitest-baseline.json (5 iterations): pass rate 0 points (95% CI -100 '
        + 'to +100) over 3 tests: within noise; 1 regressed, 1 improved, 0 changed, 1 unchanged, 0 new, 0 removed')
assert log.contains('aitest:   regressed it.SupportTest#answers 5/5 \u00B7 100% then, 0/5 \u00B7 0% now (p 0.004, '
        + 'adjusted 0.012)')
assert log.contains('aitest: against the baseline aitest-baseline.json, 1 test regressed: it.SupportTest#answers 5/5 '
        + '\u00B7 100% then, 0/5 \u00B7 0% now (p 0.004, adjusted 0.012) (aitest.failOnRegression=true fails the build '
        + 'on this)')
// invocation 4: the build failed on it
assert log.contains('aitest: against the baseline aitest-baseline.json, 1 test regressed: it.SupportTest#answers 5/5 '
        + '\u00B7 100% then, 0/5 \u00B7 0% now (p 0.004, adjusted 0.012) - see target/aitest-reports/results.json')

// the reports
def md = new File(basedir, 'target/aitest-reports/report.md').getText('UTF-8')
assert md.contains('## Compared with the baseline')
assert md.contains('| regressed | <code>it.SupportTest\\#answers</code> | 5/5 \u00B7 100% | 0/5 \u00B7 0% | 0.004 (0.012) |')
def html = new File(basedir, 'target/aitest-reports/report.html').getText('UTF-8')
assert html.contains('id="baseline-tests"') && html.contains('data-change="regressed"')

// invocation 6: refused before any test ran
assert log.contains('aitest: aitest.baseline: ' + new File(basedir, 'missing.json').path + ' does not exist')
assert !new File(basedir, 'target/never').exists()
return true
