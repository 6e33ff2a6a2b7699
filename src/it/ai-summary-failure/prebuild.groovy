// Starts a Chat Completions server on 127.0.0.1 that refuses every key (HTTP 401, echoing part of the key as OpenAI
// does), and passes its URL and a model to the build. Requests are logged to fake-server/requests.jsonl (outside
// target/) with whether they carried the settings.xml password, never the header itself. verify.groovy stops it.
import com.sun.net.httpserver.HttpServer
import groovy.json.JsonOutput
import java.util.concurrent.Executors
import java.util.concurrent.ThreadFactory

def key = (new File(basedir, 'settings.xml').getText('UTF-8') =~ /<password>([^<]+)<\/password>/)[0][1]
def log = new File(basedir, 'fake-server/requests.jsonl')
log.parentFile.mkdirs()
log.text = ''

def server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0)
server.createContext('/') { exchange ->
    exchange.requestBody.getText('UTF-8')
    synchronized (log) {
        log << JsonOutput.toJson([path: exchange.requestURI.path,
                authorized: exchange.requestHeaders.getFirst('Authorization') == "Bearer ${key}".toString()]) + '\n'
    }
    def echoed = key.substring(0, 8) + '*****' + key.substring(key.length() - 4)
    byte[] bytes = JsonOutput.toJson([error: [message: "Incorrect API key provided: ${echoed}.".toString(),
            type: 'invalid_request_error', param: null, code: 'invalid_api_key']]).getBytes('UTF-8')
    exchange.responseHeaders.set('Content-Type', 'application/json')
    exchange.sendResponseHeaders(401, bytes.length)
    exchange.responseBody.withStream { it.write(bytes) }
    exchange.close()
}
server.executor = Executors.newSingleThreadExecutor({ Runnable r ->
    def thread = new Thread(r, 'ai-summary-failure-it-server')
    thread.daemon = true
    thread
} as ThreadFactory)
server.start()
System.getProperties().put('aitest.it.server.' + basedir.canonicalPath, server)

def userProperties = context.get('userProperties')
userProperties.put('aitest.summaryBaseUrl', "http://127.0.0.1:${server.address.port}/v1".toString())
userProperties.put('aitest.summaryModel', 'gpt-5-mini')
return true
