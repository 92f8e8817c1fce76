package dev.xxgk.examples.cli;

/**
 * A failure the tool reports in one line: a file that cannot be read, a bad option (exit code 2), or
 * an output that cannot be written (exit code 3, {@link #output}).
 */
class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    UsageException(String message) {
        this(message, null);
    }

    UsageException(String message, Throwable cause) {
        this(message, cause, XxgkCommand.UNUSABLE);
    }

    private UsageException(String message, Throwable cause, int exitCode) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /**
     * An output that cannot be written.
     *
     * @param message the one line, naming the output
     * @param cause the failure, or null
     * @return the exception, with exit code 3
     */
    static UsageException output(String message, Throwable cause) {
        return new UsageException(message, cause, XxgkCommand.OUTPUT_FAILED);
    }

    /** {@return the exit code the tool ends with} */
    int exitCode() {
        return exitCode;
    }
}
