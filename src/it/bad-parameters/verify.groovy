def log = new File(basedir, 'build.log').getText('UTF-8')
def fix = "; set it in the plugin's <configuration> or on the command line, e.g. "
assert log.contains("aitest: aitest.iterations is '0' but must be a whole number of 1 or more" + fix + '-Daitest.iterations=3')
assert log.contains("aitest: aitest.iterations is 'abc' but must be a whole number of 1 or more")
assert log.contains("aitest: aitest.iterations is '-2' but must be a whole number of 1 or more")
assert log.contains("aitest: aitest.minPassRate is '150' but must be a percentage from 0 to 100" + fix + '-Daitest.minPassRate=80')
assert log.contains("aitest: aitest.minPassRate is 'high' but must be a percentage from 0 to 100")
assert log.contains("aitest: aitest.confidence is '0.9999' but must be a confidence level from 0.5 to 0.999" + fix
        + '-Daitest.confidence=0.99')
assert log.contains("aitest: aitest.gate is 'optimistic' but must be observed (the observed rate against the threshold), "
        + "strict (its interval's lower bound) or lenient (its upper bound)" + fix + '-Daitest.gate=strict')
assert log.contains("aitest: aitest.minTestPassRate is '120' but must be a percentage from 0 to 100" + fix
        + '-Daitest.minTestPassRate=80')
assert log.contains('aitest: target/aitest-reports/results.json does not exist; run the aitest:test goal first')
// 10: each mistyped property once (the extension and the goals share one check per build), without its value
def typo = { name, closest -> "[WARNING] aitest: -D${name} is not a property of any aitest goal, so it is ignored; " +
        "did you mean ${closest}? (mvn dev.aitest:aitest-maven-plugin:help -Ddetail lists them)" }
assert log.count(typo('aitest.iteratons', 'aitest.iterations')) == 1
assert log.count(typo('aitest.summaryApiKey', 'aitest.summaryApiKeyEnv')) == 1
assert !log.contains('sk-it-typo-secret-value-0001')
assert !log.contains('-Daitest.minPassRate is not') && !log.contains('-Daitest.iterations is not')
// no test ever ran
assert !new File(basedir, 'target/ran.txt').exists()
assert !new File(basedir, 'target/aitest-reports').exists()
// the warm-up the extension started ends without a word after each refusal
assert !log.contains('Exception in thread') : 'the warm-up thread printed a stack trace'
return true
