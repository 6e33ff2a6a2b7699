package dev.aitest.secret;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RedactorTest {

    private final Redactor redactor = Redactor.patternsOnly();

    @ParameterizedTest
    @ValueSource(strings = {
        "sk-abcdefghijklmnopqrstuvwxyz0123456789",
        "sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z_-AbCd",
        "sk-ant-api03-abcdefghijklmnopqrstuvwxyz",
        "sk-proj-********************abcd",
        "ghp_abcdefghijklmnopqrstuvwxyz0123456789",
        "github_pat_11ABCDEFG0123456789_abcdefghijklmnop",
        "xoxb-123456789012-abcdefghijkl",
        "AIzaSyA-abcdefghijklmnopqrstuvwxyz12345",
        "hf_abcdefghijklmnopqrstuvwxyzABCDEFGH",
        "AKIAIOSFODNN7EXAMPLE",
        "ASIAY34FZKBOKMUTVV7A",
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
    })
    void keysAndTokensAreRemoved(String secret) {
        String redacted = redactor.redact("the test printed " + secret + " and went on");
        assertFalse(redacted.contains(secret), redacted);
        assertTrue(redacted.startsWith("the test printed "), redacted);
        assertTrue(redacted.endsWith(" and went on"), redacted);
        assertTrue(redacted.contains(Redactor.MASK), redacted);
    }

    @Test
    void authorizationHeadersLoseTheirValueToTheEndOfTheLine() {
        assertEquals("Authorization: [REDACTED]\nnext line",
                redactor.redact("Authorization: Basic dXNlcjpwYXNzd29yZA==\nnext line"));
        assertEquals("proxy-authorization=[REDACTED]", redactor.redact("proxy-authorization=Digest abc, def"));
        assertEquals("{\"Authorization\": \"[REDACTED]\"}", redactor.redact("{\"Authorization\": \"Bearer abcdefgh\"}"));
    }

    @Test
    void bearerTokensAnywhereAreRemoved() {
        assertEquals("sent Bearer [REDACTED] to the API", redactor.redact("sent Bearer abc.def-ghi_jkl to the API"));
    }

    @Test
    void passwordsInUrlsAreRemovedButTheUserAndHostStay() {
        assertEquals("jdbc:postgresql://shop:[REDACTED]@db:5432/shop and https://bot:[REDACTED]@example.com/x",
                redactor.redact("jdbc:postgresql://shop:s3cret!@db:5432/shop and https://bot:tok%40en@example.com/x"));
    }

    @Test
    void namedSecretsInSettingsAndJsonAreRemoved() {
        assertEquals("password=[REDACTED] user=bob", redactor.redact("password=hunter2 user=bob"));
        assertEquals("{\"api_key\": \"[REDACTED]\", \"model\": \"gpt\"}",
                redactor.redact("{\"api_key\": \"abc123def456\", \"model\": \"gpt\"}"));
        assertEquals("x-api-key: [REDACTED]", redactor.redact("x-api-key: 0123456789abcdef"));
        assertEquals("client_secret=[REDACTED]&grant=1", redactor.redact("client_secret=zzz999&grant=1"));
        assertEquals("aws_secret_access_key = [REDACTED]",
                redactor.redact("aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"));
    }

    @Test
    void privateKeyBlocksAreRemovedWholeEvenWhenCut() {
        String block = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\nabc\n-----END RSA PRIVATE KEY-----";
        assertEquals("key: [REDACTED PRIVATE KEY] end", redactor.redact("key: " + block + " end"));
        assertEquals("cut: [REDACTED PRIVATE KEY]",
                redactor.redact("cut: -----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC"));
    }

    @Test
    void ordinaryTestTextIsLeftAlone() {
        String text = "expected: <42> but was: <41> at com.x.Test.tokens(Test.java:10); the password is rejected; "
                + "skip-this; sk-short; 1,234 tokens; https://example.com/docs";
        assertEquals(text, redactor.redact(text));
        assertNull(redactor.redact(null));
    }

    @Test
    void theExactKeyAndSecretLookingEnvironmentValuesAreRemoved() {
        Redactor withKey = Redactor.withEnvironment(List.of("my-own-custom-key-0001"),
                Map.of("ANTHROPIC_API_KEY", "custom-anthropic-value", "DB_PASSWORD", "pa55word!", "HOME", "/root",
                        "SHORT_TOKEN", "abc"));
        String redacted = withKey.redact("a my-own-custom-key-0001 b custom-anthropic-value c pa55word! d /root e abc");
        assertEquals("a [REDACTED] b [REDACTED] c [REDACTED] d /root e abc", redacted);
    }

    // ---------------------------------------------------------------- cloud keys and assignments (issue: faults)

    @Test
    void anAwsSecretAccessKeyNextToItsIdIsRemovedToo() {
        String text = "AccessKeyId=AKIAIOSFODNN7EXAMPLE SecretAccessKey=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY done";
        assertEquals("AccessKeyId=[REDACTED] SecretAccessKey=[REDACTED] done", redactor.redact(text));
        assertEquals("aws_secret_access_key = [REDACTED]",
                redactor.redact("aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"));
        assertEquals("{\"SecretAccessKey\": \"[REDACTED]\"}",
                redactor.redact("{\"SecretAccessKey\": \"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\"}"));
    }

    @Test
    void azureConnectionStringsAndSasSignaturesLoseTheirKeys() {
        assertEquals("DefaultEndpointsProtocol=https;AccountName=shop;AccountKey=[REDACTED];EndpointSuffix=core.windows.net",
                redactor.redact("DefaultEndpointsProtocol=https;AccountName=shop;AccountKey=Zm9vYmFyYmF6cXV4Zm9vYmFyYmF6cXV4"
                        + "Zm9vYmFyYmF6cXV4Zm9vYmFyYmF6cXV4Zm9vYmFyYmF6cXV4Zm9vYmFyYmE9PQ==;EndpointSuffix=core.windows.net"));
        assertEquals("Endpoint=sb://bus.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=[REDACTED]",
                redactor.redact("Endpoint=sb://bus.servicebus.windows.net/;SharedAccessKeyName=send;"
                        + "SharedAccessKey=abcDEF123ghiJKL456mnoPQR789stuVWX0yzABCDEFG="));
        assertEquals("https://shop.blob.core.windows.net/c/b?sv=2022-11-02&se=2026-12-01&sp=r&sig=[REDACTED]",
                redactor.redact("https://shop.blob.core.windows.net/c/b?sv=2022-11-02&se=2026-12-01&sp=r"
                        + "&sig=abc%2Bdef%2Fghi123JKL%3D"));
    }

    @Test
    void aGcpServiceAccountKeyLosesItsIdAndItsPrivateKey() {
        String json = "{\"type\": \"service_account\", \"private_key_id\": \"4f1e0c2d8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d\", "
                + "\"private_key\": \"-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\\n-----END PRIVATE KEY-----\\n\", "
                + "\"client_email\": \"bot@shop.iam.gserviceaccount.com\"}";
        String redacted = redactor.redact(json);
        assertFalse(redacted.contains("4f1e0c2d8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d"), redacted);
        assertFalse(redacted.contains("MIIEvQIBADANBgkqhkiG9w0BAQEFAASC"), redacted);
        assertTrue(redacted.contains("bot@shop.iam.gserviceaccount.com"), redacted);
    }

    @ParameterizedTest
    @ValueSource(strings = {"password=hunter2!", "token=ghx-12345abcdef", "secret=s3cr3t-value", "Token: abcdefgh12345",
        "credentials=user:pa55", "session_token=FwoGZXIvYXdzEBYaDH", "id_token=abc.def.ghi", "\"token\":\"abc123def\""})
    void assignmentsOfSecretsLoseTheirValue(String assignment) {
        String value = assignment.replaceFirst("^\"?[A-Za-z_]+\"?\\s*[:=]\\s*\"?", "").replace("\"", "");
        String redacted = redactor.redact("config: " + assignment + " end");
        assertFalse(redacted.contains(value), redacted);
        assertTrue(redacted.contains(Redactor.MASK), redacted);
        assertTrue(redacted.endsWith(" end"), redacted);
    }

    @Test
    void wordsThatOnlyLookLikeSecretNamesStay() {
        String text = "used 1200 input tokens=yes, max_token=5, tokenizer: bpe, passwordless login";
        assertEquals(text, redactor.redact(text));
    }

    @Test
    void everyReplacementIsCounted() {
        Redactor counting = new Redactor(List.of("hunter2-the-secret"));
        Redactor.Scrubbed scrubbed = counting.scrub("a hunter2-the-secret b sk-abcdefghijklmnop0123 c hunter2-the-secret "
                + "password=x1");
        assertEquals("a [REDACTED] b [REDACTED] c [REDACTED] password=[REDACTED]", scrubbed.text());
        assertEquals(4, scrubbed.replaced());
        assertEquals(0, counting.scrub("nothing secret").replaced());
        assertNull(counting.scrub(null).text());
    }
}
