package dev.xxgk;

/**
 * The root of every exception the SDK throws on purpose.
 *
 * <p>Unchecked, like {@code java.time.DateTimeException}: a caller that wants to handle any
 * failure of the SDK catches this type; the subclasses carry the context of the failure (the
 * format, the file, the line and column or JSON pointer, the cell). Argument errors in factories
 * and constructors are {@link IllegalArgumentException} and {@link NullPointerException}, as in
 * the JDK.
 */
public class XxgkException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message what went wrong, for a person to read
     */
    public XxgkException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and the cause.
     *
     * @param message what went wrong, for a person to read
     * @param cause the underlying failure, may be null
     */
    public XxgkException(String message, Throwable cause) {
        super(message, cause);
    }
}
