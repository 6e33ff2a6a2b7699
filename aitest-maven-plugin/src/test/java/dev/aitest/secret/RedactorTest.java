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
}
