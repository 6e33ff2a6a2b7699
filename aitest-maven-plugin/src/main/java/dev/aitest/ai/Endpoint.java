package dev.aitest.ai;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * Where the Chat Completions API is and how to talk to it.
 *
 * <p>Azure OpenAI is recognised by the host of the base URL ({@code *.openai.azure.com},
 * {@code *.cognitiveservices.azure.com}, {@code *.services.ai.azure.com}, {@code *.azure-api.net}) or by an
 * explicit api-version. In Azure mode the key goes in the {@code api-key} header. A base URL that ends with
 * {@code /openai/v1} uses Azure's v1 API: OpenAI's paths, the deployment as the model, api-version only when given.
 * Any other Azure base URL (the resource endpoint, e.g. {@code https://my-resource.openai.azure.com}) uses the
 * deployment path {@code /openai/deployments/<model>/chat/completions?api-version=...}, with
 * {@link #DEFAULT_AZURE_API_VERSION} unless another is given.
 *
 * @param baseUrl the base URL, without a trailing slash
 * @param azure true for Azure OpenAI
 * @param azureV1 true for Azure's v1 API (the base URL ends with /openai/v1)
 * @param apiVersion the api-version query parameter, else null
 */
public record Endpoint(String baseUrl, boolean azure, boolean azureV1, String apiVersion) {

    /** The api-version used with Azure's deployment paths when none is given. */
    public static final String DEFAULT_AZURE_API_VERSION = "2024-10-21";

    private static final List<String> AZURE_HOSTS = List.of(".openai.azure.com", ".cognitiveservices.azure.com",
            ".services.ai.azure.com", ".azure-api.net");

    /** The endpoint of a checked base URL and an optional explicit api-version. */
    public static Endpoint of(String baseUrl, String explicitApiVersion) {
        String host = host(baseUrl);
        boolean azure = explicitApiVersion != null || AZURE_HOSTS.stream().anyMatch(host::endsWith);
        boolean v1 = azure && baseUrl.toLowerCase(Locale.ROOT).endsWith("/openai/v1");
        String version = explicitApiVersion != null ? explicitApiVersion
                : azure && !v1 ? DEFAULT_AZURE_API_VERSION : null;
        return new Endpoint(baseUrl, azure, v1, version);
    }

    /** True for a service on this machine (Ollama, vLLM, LM Studio...), which may need no key. */
    public boolean local() {
        String host = host(baseUrl);
        return host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1");
    }

    /** The host and port, for messages: never a path, query or user. */
    public String display() {
        URI uri = URI.create(baseUrl);
        return uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }

    /** What kind of service this is, for messages. */
    public String kind() {
        return azure ? "Azure OpenAI" : "the OpenAI-compatible service";
    }

    private static String host(String url) {
        String host = URI.create(url).getHost();
        return host == null ? "" : host.toLowerCase(Locale.ROOT);
    }
}
