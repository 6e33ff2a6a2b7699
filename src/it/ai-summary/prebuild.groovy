// Starts a Chat Completions server on 127.0.0.1 for the build and passes its URL and a model to it. Each request is
// logged to fake-server/requests.jsonl (outside target/): its path, its body, and whether it carried the key from
// invoker.properties (never the key itself). verify.groovy stops the server.
import com.sun.net.httpserver.HttpServer
import groovy.json.JsonOutput
import groovy.json.JsonSlurper
import java.util.concurrent.Executors
import java.util.concurrent.ThreadFactory

def properties = new Properties()
new File(basedir, 'invoker.properties').withInputStream { properties.load(it) }
def key = properties.getProperty('invoker.environmentVariables.OPENAI_API_KEY')

def log = new File(basedir, 'fake-server/requests.jsonl')
log.parentFile.mkdirs()
log.text = ''

def content = '''## Verdict
The suite passes {{overall.passRate}} of its runs, about 50% by the model's own count.

## Flaky tests
- {{test.2.id}}: the refund answer changed in iteration 2.

## Systematic failures
- {{test.1.id}} never cites its source.

## Cost and tokens
No usage was recorded.

## Recommendations
1. Pin the refund prompt.
2. Rotate the key you sent me: ''' // the service echoes the key: aitest must keep it out of every file


def server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0)
server.createContext('/') { exchange ->
    def body = exchange.requestBody.getText('UTF-8')
    def entry = [method: exchange.requestMethod, path: exchange.requestURI.path,
                 authorized: exchange.requestHeaders.getFirst('Authorization') == "Bearer ${key}".toString(),
                 body: new JsonSlurper().parseText(body)]
    synchronized (log) {
        log << JsonOutput.toJson(entry) + '\n'
    }
    def echoed = content + exchange.requestHeaders.getFirst('Authorization').replaceFirst('^Bearer ', '') + '\n'
    def answer = JsonOutput.toJson([id: 'chatcmpl-it', object: 'chat.completion', created: 1764230000,
            model: 'gpt-5-mini-2025-08-07',
            choices: [[index: 0, message: [role: 'assistant', content: echoed], finish_reason: 'stop']],
            usage: [prompt_tokens: 1500, completion_tokens: 200, total_tokens: 1700]])
    byte[] bytes = answer.getBytes('UTF-8')
    exchange.responseHeaders.set('Content-Type', 'application/json')
    exchange.sendResponseHeaders(200, bytes.length)
    exchange.responseBody.withStream { it.write(bytes) }
    exchange.close()
}
server.executor = Executors.newSingleThreadExecutor({ Runnable r ->
    def thread = new Thread(r, 'ai-summary-it-server')
    thread.daemon = true
    thread
} as ThreadFactory)
server.start()
System.getProperties().put('aitest.it.server.' + basedir.canonicalPath, server)

def userProperties = context.get('userProperties')
userProperties.put('aitest.summaryBaseUrl', "http://127.0.0.1:${server.address.port}/v1".toString())
userProperties.put('aitest.summaryModel', 'gpt-5-mini')
return true
