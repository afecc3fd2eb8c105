package kz.utm.sdk.error;

import java.util.Objects;

/**
 * A call the server refused or could not be made: the root of the SDK's errors, and itself the
 * error for an answer no subclass fits (a status such as 405 or 406, or a success whose body
 * could not be read). Unchecked. Carries the HTTP status ({@code 0} when no answer was received,
 * see {@link ConnectionException}) and the {@linkplain ProblemDetail problem document}.
 * Immutable after construction.
 */
public class UtmApiException extends RuntimeException {

    /** The status of an error without an HTTP answer. */
    public static final int NO_STATUS = 0;

    private final int status;
    private final transient ProblemDetail problem;

    /**
     * @param status the HTTP status, or {@link #NO_STATUS}
     * @param problem the problem document
     * @param cause what caused it, or {@code null}
     */
    public UtmApiException(int status, ProblemDetail problem, Throwable cause) {
        super(message(status, problem), cause);
        this.status = status;
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    /** The HTTP status, or {@link #NO_STATUS} (0) when no answer was received. */
    public int status() {
        return status;
    }

    /** Whether an HTTP answer was received. */
    public boolean hasStatus() {
        return status != NO_STATUS;
    }

    /** The problem document: the server's, or one made up for an answer without one. */
    public ProblemDetail problem() {
        return problem;
    }

    /** The problem type URI, such as {@code urn:utm-kit:problem:not-found}. */
    public String type() {
        return problem.type();
    }

    /** What happened, as the server says. */
    public String detail() {
        return problem.detail();
    }

    private static String message(int status, ProblemDetail problem) {
        Objects.requireNonNull(problem, "problem");
        String where = problem.instance().map(path -> " at " + path).orElse("");
        String head = status == NO_STATUS ? "no answer" : "HTTP " + status;
        return head + " " + problem.typeName().orElse(problem.type()) + where + ": " + problem.detail();
    }
}
