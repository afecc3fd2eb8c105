package kz.utm.sdk.internal;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * An HTTP response body handed over chunk by chunk to one reading thread, which takes the next
 * chunk with a timeout: the body of a long-lived stream, whose silence must be noticed. The HTTP
 * client pushes chunks from its own threads; the reader {@link #next takes} them one at a time,
 * and the next chunk is requested only when one is taken, so a slow reader holds back the
 * connection instead of filling memory. {@link #cancel} aborts the body (and its connection)
 * from any thread, and wakes the reader.
 *
 * <p>As a {@link HttpResponse.BodySubscriber} its body value is ready at once, so that
 * {@code sendAsync} completes when the headers arrive, not when the body ends. Thread-safe.
 */
public final class StreamingBody implements HttpResponse.BodySubscriber<Void> {

    /** What {@link #next} found. */
    public sealed interface Chunk permits Bytes, End, Failed, Silence {
    }

    /** Some bytes of the body. */
    public record Bytes(List<ByteBuffer> buffers) implements Chunk {
    }

    /** The body ended: the server closed the stream cleanly. */
    public record End() implements Chunk {
    }

    /** The body failed: the connection broke, or the body was cancelled. */
    public record Failed(Throwable cause) implements Chunk {
    }

    /** Nothing arrived within the timeout. */
    public record Silence() implements Chunk {
    }

    private static final End END = new End();
    private static final Silence SILENCE = new Silence();

    private final LinkedBlockingQueue<Chunk> chunks = new LinkedBlockingQueue<>();
    private final CompletableFuture<Flow.Subscription> subscription = new CompletableFuture<>();
    private volatile boolean cancelled;

    @Override
    public CompletionStage<Void> getBody() {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void onSubscribe(Flow.Subscription given) {
        if (!subscription.complete(Objects.requireNonNull(given, "subscription")) || cancelled) {
            given.cancel();
            return;
        }
        given.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> item) {
        chunks.add(new Bytes(item));
    }

    @Override
    public void onError(Throwable throwable) {
        chunks.add(new Failed(throwable));
    }

    @Override
    public void onComplete() {
        chunks.add(END);
    }

    /**
     * The next chunk, waiting at most {@code timeout}; {@link Silence} if none came. After an
     * {@link End} or a {@link Failed} it returns that again without waiting. Called by one thread.
     *
     * @throws InterruptedException if the reading thread is interrupted while waiting
     */
    public Chunk next(Duration timeout) throws InterruptedException {
        Chunk chunk = chunks.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
        if (chunk == null) {
            return SILENCE;
        }
        if (chunk instanceof Bytes) {
            subscription.thenAccept(given -> given.request(1));
        } else {
            // Later reads see the same end; the queue holds nothing after it.
            chunks.add(chunk);
        }
        return chunk;
    }

    /**
     * Reads the whole rest of the body, up to {@code limit} bytes (more is dropped), waiting at
     * most {@code timeout} for each chunk: the body of an error answer.
     *
     * @throws IOException if the body fails or stays silent for the timeout
     * @throws InterruptedException if the reading thread is interrupted while waiting
     */
    public byte[] readAll(int limit, Duration timeout) throws IOException, InterruptedException {
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        while (true) {
            Chunk chunk = next(timeout);
            if (chunk instanceof Bytes bytes) {
                for (ByteBuffer buffer : bytes.buffers()) {
                    int take = Math.min(buffer.remaining(), limit - body.size());
                    byte[] part = new byte[take];
                    buffer.get(part);
                    body.write(part, 0, take);
                }
            } else if (chunk instanceof End) {
                return body.toByteArray();
            } else if (chunk instanceof Failed failed) {
                throw failed.cause() instanceof IOException io ? io : new IOException(failed.cause());
            } else {
                cancel();
                throw new IOException("the answer's body stayed silent for " + timeout);
            }
        }
    }

    /** Aborts the body, closing its connection, and wakes a reader waiting in {@link #next}. Idempotent; any thread. */
    public void cancel() {
        cancelled = true;
        subscription.thenAccept(Flow.Subscription::cancel);
        chunks.add(new Failed(new IOException("the stream was cancelled")));
    }

    /** Whether {@link #cancel} was called. */
    public boolean isCancelled() {
        return cancelled;
    }
}
