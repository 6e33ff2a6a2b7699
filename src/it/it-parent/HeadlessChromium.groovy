// Opens a page in headless Chromium (Debian's chromium, which .ci/run installs) and returns [dom, stderr]: the DOM
// after the page's scripts ran, and what the browser logged. Evaluate it and call it with (basedir, file).
return { File basedir, File page ->
    def chromium = System.getProperty('aitest.chromium', '/usr/bin/chromium')
    def command = [chromium, '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-dev-shm-usage',
                   "--user-data-dir=${new File(basedir, 'target/chromium-profile')}", '--enable-logging=stderr', '--v=0',
                   '--dump-dom', page.toURI().toString()]
    def process = command.execute()
    def out = new StringBuilder(), err = new StringBuilder()
    process.waitForProcessOutput(out, err)
    assert process.exitValue() == 0 : err
    [out.toString(), err.toString()]
}
