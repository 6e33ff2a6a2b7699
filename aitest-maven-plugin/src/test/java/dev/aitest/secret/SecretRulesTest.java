package dev.aitest.secret;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The ruleset: every rule compiles, every family has a sample, each sample loses exactly its secret. */
class SecretRulesTest {

    private final Redactor redactor = Redactor.patternsOnly();

    /** One sample per rule of the built-in ruleset: the rule's id, a text with a secret, the text redacted. */
    static Stream<Arguments> samples() {
        return Stream.of(
            Arguments.of("slack-webhook-url",
                    "posted to https://hooks.slack.com/services/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 ok",
                    "posted to [REDACTED] ok"),
            Arguments.of("slack-token",
                    "token xoxb-123456789012-abcdefghijkl used",
                    "token [REDACTED] used"),
            Arguments.of("stripe-secret-key",
                    "charge with sk_live_51Hx9Zq8Wv7Ut6Sr5Qp4On3Ml2Kk1Jj0 failed",
                    "charge with [REDACTED] failed"),
            Arguments.of("github-token",
                    "clone with ghp_A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8.",
                    "clone with [REDACTED]."),
            Arguments.of("gitlab-token",
                    "push glpat-Ab1Cd2Ef3Gh4Ij5Kl6Mn7O now",
                    "push [REDACTED] now"),
            Arguments.of("aws-access-key-id",
                    "id AKIAIOSFODNN7EXAMPLE set",
                    "id [REDACTED] set"),
            Arguments.of("google-api-key",
                    "maps AIzaSyA-abcdefghijklmnopqrstuvwxyz12345 ok",
                    "maps [REDACTED] ok"),
            Arguments.of("google-oauth-client-secret",
                    "oauth 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 ok",
                    "oauth [REDACTED] ok"),
            Arguments.of("openai-api-key",
                    "model key sk-proj-Ab3dEf6hIj9kLm2nOp5q end",
                    "model key [REDACTED] end"),
            Arguments.of("huggingface-token",
                    "hub hf_AbCdEfGhIjKlMnOpQrStUvWxYz01234567 end",
                    "hub [REDACTED] end"),
            Arguments.of("azure-ad-client-secret",
                    "client secret abc8Q~Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8Qr9St0Uv end",
                    "client secret [REDACTED] end"),
            Arguments.of("microsoft-teams-webhook-url",
                    "sent to https://contoso.webhook.office.com/webhookb2/0123abcd-0123-abcd-0123-0123456789ab@0123abcd-0123-abcd-0123-0123456789ab/IncomingWebhook/0123456789abcdef0123456789abcdef/0123abcd-0123-abcd-0123-0123456789ab done",
                    "sent to [REDACTED] done"),
            Arguments.of("discord-webhook-url",
                    "hook https://discord.com/api/webhooks/123456789012345678/Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8Qr9_-St0 done",
                    "hook [REDACTED] done"),
            Arguments.of("telegram-bot-token",
                    "bot 123456789:AAabcdefghijklmnopqrstuvwxyz0123456 done",
                    "bot [REDACTED] done"),
            Arguments.of("sendgrid-api-key",
                    "mail 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 done",
                    "mail [REDACTED] done"),
            Arguments.of("twilio-api-key",
                    "sms SK0123456789abcdef0123456789abcdef done",
                    "sms [REDACTED] done"),
            Arguments.of("mailgun-api-key",
                    "mailgun key-0123456789abcdef0123456789abcdef done",
                    "mailgun [REDACTED] done"),
            Arguments.of("mailchimp-api-key",
                    "list 0123456789abcdef0123456789abcdef-us12 done",
                    "list [REDACTED] done"),
            Arguments.of("npm-access-token",
                    "publish npm_Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8Qr9St0Uv1Wx2 done",
                    "publish [REDACTED] done"),
            Arguments.of("pypi-upload-token",
                    "upload pypi-AgEIcHlwaS5vcmcCJDAxMjM0NTY3LTg5YWItY2RlZi0wMTIzLTQ1Njc4OWFiY2RlZgACKlsz done",
                    "upload [REDACTED] done"),
            Arguments.of("shopify-token",
                    "shop shpat_0123456789abcdef0123456789abcdef done",
                    "shop [REDACTED] done"),
            Arguments.of("square-token",
                    "pay sq0atp-Ab1Cd2Ef3Gh4Ij5Kl6Mn7O done",
                    "pay [REDACTED] done"),
            Arguments.of("digitalocean-token",
                    "droplet dop_v1_0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef done",
                    "droplet [REDACTED] done"),
            Arguments.of("databricks-token",
                    "spark dapi0123456789abcdef0123456789abcdef done",
                    "spark [REDACTED] done"),
            Arguments.of("atlassian-api-token",
                    "jira ATATT3xFfGF0Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8Qr9St0Uv1Wx2Yz3Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8Qr9St0Uv1Wx2Yz3Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8Qr9St0Uv1Wx2Yz3 done",
                    "jira [REDACTED] done"),
            Arguments.of("linear-api-key",
                    "issues lin_api_Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8Qr9St0Uv1Wx2Yz3A done",
                    "issues [REDACTED] done"),
            Arguments.of("postman-api-key",
                    "collections PMAK-0123456789abcdef01234567-0123456789abcdef0123456789abcdef01 done",
                    "collections [REDACTED] done"),
            Arguments.of("doppler-token",
                    "config dp.pt.Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8Qr9St0Uv1Wx2Yz3Ab4Cd5E done",
                    "config [REDACTED] done"),
            Arguments.of("grafana-token",
                    "dashboards glsa_Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8Qr9St0Uv_0123abcd done",
                    "dashboards [REDACTED] done"),
            Arguments.of("new-relic-key",
                    "apm NRAK-AB1CD2EF3GH4IJ5KL6MN7OP8QR9 done",
                    "apm [REDACTED] done"),
            Arguments.of("dynatrace-api-token",
                    "metrics dt0c01.AB1CD2EF3GH4IJ5KL6MN7OP8.AB1CD2EF3GH4IJ5KL6MN7OP8QR9ST0UV1WX2YZ3AB4CD5EF6GH7IJ8KL9MN0OP1Q done",
                    "metrics [REDACTED] done"),
            Arguments.of("age-secret-key",
                    "age AGE-SECRET-KEY-1QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7LQPZRY9X8GF2TVDW0S3JN54KHCE done",
                    "age [REDACTED] done"),
            Arguments.of("jwt",
                    "session eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U done",
                    "session [REDACTED] done"),
            Arguments.of("oracle-connect-password",
                    "url jdbc:oracle:thin:scott/tiger@db.example.com:1521/ORCL done",
                    "url jdbc:oracle:thin:scott/[REDACTED]@db.example.com:1521/ORCL done"),
            Arguments.of("generic-api-key",
                    "stripeSigningSecret: \"Zq8vN2xK4mP7rT1wY5uB\" done",
                    "stripeSigningSecret: \"[REDACTED]\" done"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void eachFamilysSampleLosesExactlyItsSecret(String rule, String text, String redacted) {
        Redactor.Scrubbed scrubbed = redactor.scrub(text);

        assertEquals(redacted, scrubbed.text(), rule);
        assertEquals(1, scrubbed.replaced(), rule);
    }

    @Test
    void everyRuleOfTheRulesetCompilesHasKeywordsAndASample() {
        List<SecretRules.Rule> rules = SecretRules.builtIn();
        Set<String> ids = rules.stream().map(SecretRules.Rule::id).collect(Collectors.toCollection(TreeSet::new));
        Set<String> sampled = samples().map(a -> (String) a.get()[0]).collect(Collectors.toCollection(TreeSet::new));

        assertEquals(35, rules.size());
        assertEquals(ids, sampled);
        assertTrue(rules.stream().noneMatch(r -> r.keywords().isEmpty()), "a rule without keywords runs on every text");
    }

    @Test
    void theReportedFormsAndTheirVariantsAreRedacted() {
        // Slack webhooks: services, workflows, triggers, and with JSON's escaped slashes
        assertEquals("{\"url\":\"[REDACTED]\"}", redactor.redact(
                "{\"url\":\"https:\\/\\/hooks.slack.com\\/services\\/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\"}"));
        assertEquals("POST [REDACTED] 404", redactor.redact(
                "POST https://hooks.slack.com/workflows/T0A1B2C3D/A0B1C2D3E/123456789/Xy9Zq8Wv7Ut6Sr5Qp4On3Ml2 404"));
        assertEquals("POST [REDACTED]", redactor.redact(
                "POST https://hooks.slack.com/triggers/T0A1B2C3D/1234567890/Xy9Zq8Wv7Ut6Sr5Qp4On3Ml2"));
        // Stripe: live and test, secret and restricted keys, webhook secrets
        assertEquals("keys [REDACTED], [REDACTED], [REDACTED] and [REDACTED]", redactor.redact(
                "keys rk_live_51Hx9Zq8Wv7Ut6Sr5Qp4On3Ml2, sk_test_4eC39HqLyjWDarjtT1zdp7dc, "
                        + "sk_live_abcdefghij and whsec_Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8Qr9"));
        // Oracle's user/password@host: JDBC thin and OCI, EZConnect, quoted passwords, SQL*Plus and CONNECT
        assertEquals("jdbc:oracle:thin:scott/[REDACTED]@//db:1521/svc jdbc:oracle:oci:app_user/[REDACTED]@tns_alias",
                redactor.redact("jdbc:oracle:thin:scott/tiger@//db:1521/svc jdbc:oracle:oci:app_user/S3cr3t!x@tns_alias"));
        assertEquals("JDBC:ORACLE:THIN:\"Scott\"/[REDACTED]@db", redactor.redact(
                "JDBC:ORACLE:THIN:\"Scott\"/\"p@ss w0rd\"@db"));
        assertEquals("sqlplus -s system/[REDACTED]@xe; CONNECT hr/[REDACTED]@orclpdb", redactor.redact(
                "sqlplus -s system/manager1@xe; CONNECT hr/hr_pw@orclpdb"));
    }

    @Test
    void ordinaryTextWithTheRulesKeywordsIsLeftAlone() {
        String text = "expected sk_live_ mode but was task-free; see https://hooks.slack.com/ docs, connect to db "
                + "failed, ask 3 times, key-value store, apiKey is required, oracle/jdbc driver @ 1.2, "
                + "npm i @scope/pkg@1.0, user/name@example.com";
        assertEquals(text, redactor.redact(text));
    }

    @Test
    void aGitleaksLayoutRulesetReadsWithItsSyntaxKeywordsEntropyAndAllowlists() throws IOException {
        String toml = """
                title = "test"
                [[rules]]
                id = "named"
                regex = '''tok_(?P<secret>[[:alnum:]]{8,})'''
                secretGroup = 1
                keywords = ["TOK_"]
                entropy = 2.0
                [[rules.allowlists]]
                regexes = ['''^EXAMPLE''']
                stopwords = ["sample"]
                [[rules]]
                id = "path-only"
                path = '''\\.pem$'''
                """;
        List<SecretRules.Rule> rules = SecretRules.read(new ByteArrayInputStream(toml.getBytes(StandardCharsets.UTF_8)),
                "test.toml");

        assertEquals(1, rules.size(), "a rule without a regex is left out");
        SecretRules.Rule rule = rules.get(0);
        assertEquals(List.of("tok_"), rule.keywords());
        assertTrue(rule.mayMatch("a tok_ here"));
        assertFalse(rule.mayMatch("nothing"));
        assertTrue(rule.isSecret("Ab1Cd2Ef3G"));
        assertFalse(rule.isSecret("aaaaaaaaaa"), "too little entropy");
        assertFalse(rule.isSecret("EXAMPLEKEY1"), "allowlisted");
        assertFalse(rule.isSecret("mySampleKey"), "stopword");
        assertEquals(0.0, SecretRules.entropy("aaaa"));
        assertEquals(2.0, SecretRules.entropy("abcd"));
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> SecretRules.compile("(unclosed", "broken", "test.toml"));
        assertTrue(bad.getMessage().startsWith("test.toml: the regex of rule broken does not compile in Java: "),
                bad.getMessage());
    }

    @Test
    void re2SyntaxThatJavaReadsOtherwiseIsTranslated() {
        assertEquals("(?<keyops>a)(?<g1x>b)(?<name>c)(?<=d)(?<!e)", SecretRules.java("(?P<key_ops>a)(?P<1x>b)(?<name>c)(?<=d)(?<!e)"));
        assertEquals("\\$?\\{\\{[^}]+}}x{2,3}y{4}z{5,}\\{,6}", SecretRules.java("\\$?{{[^}]+}}x{2,3}y{4}z{5,}{,6}"));
        assertEquals("[^:]+:\\[[^\\]]+][\\]a][\\p{Alnum}_\\[\\&\\&]", SecretRules.java("[^:]+:\\[[^]]+][]a][[:alnum:]_[&&]"));
        assertTrue(java.util.regex.Pattern.compile(SecretRules.java("\\$?{{[^}]+}}")).matcher("${{ secrets.X }}").matches());
        assertTrue(java.util.regex.Pattern.compile(SecretRules.java("[^]]+]")).matcher("ab]").matches());
    }
}
