package it;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The application under test: nothing but Spring AI's auto-configured OpenAI ChatModel. */
@SpringBootApplication
public class ChatApp {
}
