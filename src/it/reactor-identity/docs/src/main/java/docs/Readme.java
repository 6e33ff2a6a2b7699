package docs;

/** A module with code and no tests. */
public final class Readme {

    private Readme() {
    }
}
