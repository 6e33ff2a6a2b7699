def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('COMPILATION ERROR')
assert log.contains('incompatible types: java.lang.String cannot be converted to int')
// the warm-up the extension started ends without a word, whatever the class realm does under it
assert !log.contains('Exception in thread')
assert !log.contains('NoClassDefFoundError')
assert !new File(basedir, 'target/aitest-reports').exists()
return true
