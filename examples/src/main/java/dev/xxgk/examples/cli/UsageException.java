package dev.xxgk.examples.cli;

/** A failure the tool reports in one line and ends with exit code 2: a file that cannot be read, a bad option. */
final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }

    UsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
