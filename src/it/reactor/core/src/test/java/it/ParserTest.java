package it;

import org.junit.jupiter.api.Test;

class ParserTest {

    @Test
    void parses() throws Exception {
        RunLog.log("parses");
    }
}
