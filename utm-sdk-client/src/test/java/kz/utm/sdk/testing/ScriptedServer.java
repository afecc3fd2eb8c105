package kz.utm.sdk.testing;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A scripted HTTP/1.1 server on loopback for the SDK's tests: a raw {@link ServerSocket} on
 * {@code 127.0.0.1} and a free port, that answers each request with the next {@link Step} of its
 * script, and, once the script is used up, with what its responder says (500 by default).
 * Every request it reads is recorded (method, target, headers, body) for assertions.
 *
 * <p>A {@link Step.Streaming} step streams a body in parts without a length (an event stream),
 * then drops the connection or holds it open until the client or the server closes it.
 *
 * <p>It keeps connections alive, reads bodies by {@code Content-Length} or chunked, and serves
 * any number of connections at once, each on its own thread; the script is one queue shared by
 * all of them, taken in the order requests arrive. A responder (see {@link #otherwise}) may keep
 * its own state to act as a small fake service, such as one storing telemetry batches by
 * Idempotency-Key and failing every n-th request; it is called from many threads at once.
 *
 * <p>A caveat of the JDK's HTTP client: when a connection is closed before any byte of the
 * answer, it sends a GET (not a POST) once more by itself, before the SDK sees anything. A
 * script that drops a GET therefore sees that GET twice, and the repeat takes the next step.
 * Drop POSTs, or script two steps for a dropped GET.
 *
 * <p>Thread-safe. Close it after the test: open connections are closed too.
 */
public final class ScriptedServer implements AutoCloseable {

    private static final int MAX_HEAD_BYTES = 64 * 1024;

    private final ServerSocket socket;
    private final ExecutorService threads;
    private final ConcurrentLinkedQueue<Step> script = new ConcurrentLinkedQueue<>();
    private final List<RecordedRequest> requests = Collections.synchronizedList(new ArrayList<>());
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger indexes = new AtomicInteger();
    private volatile Function<RecordedRequest, Step> responder =
            request -> Step.json(500, "{\"error\":\"unscripted request " + request + "\"}");
    private volatile boolean closed;

    private ScriptedServer(ServerSocket socket) {
        this.socket = socket;
        this.threads = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "scripted-server");
            thread.setDaemon(true);
            return thread;
        });
        threads.execute(this::acceptLoop);
    }

    /** Starts a server on 127.0.0.1 and a free port. */
    public static ScriptedServer start() {
        try {
            ServerSocket socket = new ServerSocket();
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
            return new ScriptedServer(socket);
        } catch (IOException e) {
            throw new IllegalStateException("cannot listen on loopback", e);
        }
    }

    /** {@code http://127.0.0.1:<port>}. */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + socket.getLocalPort());
    }

    /** The port served on. */
    public int port() {
        return socket.getLocalPort();
    }

    /** Appends steps to the script; they answer the next requests, one each, in order. */
    public ScriptedServer enqueue(Step... steps) {
        for (Step step : steps) {
            script.add(Objects.requireNonNull(step, "step"));
        }
        return this;
    }

    /** What answers a request once the script is used up; called with the whole request, from many threads. */
    public ScriptedServer otherwise(Function<RecordedRequest, Step> next) {
        this.responder = Objects.requireNonNull(next, "next");
        return this;
    }

    /** How many steps of the script are still unused. */
    public int unusedSteps() {
        return script.size();
    }

    /** Every request read so far, in the order they were read. */
    public List<RecordedRequest> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    /** The request numbered {@code index}. */
    public RecordedRequest request(int index) {
        return requests().get(index);
    }

    /** How many requests were read. */
    public int requestCount() {
        return requests.size();
    }

    /** How many connections were accepted. */
    public int connectionCount() {
        return connections.get();
    }

    /** Stops listening and closes every open connection. */
    @Override
    public void close() {
        closed = true;
        try {
            socket.close();
        } catch (IOException e) {
            // Closing anyway.
        }
        for (Socket connection : open) {
            quietlyClose(connection);
        }
        threads.shutdownNow();
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket connection = socket.accept();
                int number = connections.getAndIncrement();
                open.add(connection);
                try {
                    threads.execute(() -> serve(connection, number));
                } catch (java.util.concurrent.RejectedExecutionException closing) {
                    // Accepted in the moment the server was closing: nobody will serve it.
                    open.remove(connection);
                    quietlyClose(connection);
                }
            } catch (IOException e) {
                if (!closed) {
                    // An accept that failed while open: keep serving the others.
                    continue;
                }
            }
        }
    }

    private void serve(Socket connection, int number) {
        try (connection) {
            connection.setTcpNoDelay(true);
            InputStream in = new java.io.BufferedInputStream(connection.getInputStream());
            OutputStream out = new java.io.BufferedOutputStream(connection.getOutputStream());
            while (!closed) {
                String head = readHead(in);
                if (head == null) {
                    return;
                }
                String[] lines = head.split("\r\n");
                String[] requestLine = lines[0].split(" ");
                Map<String, List<String>> headers = new LinkedHashMap<>();
                for (int i = 1; i < lines.length; i++) {
                    int colon = lines[i].indexOf(':');
                    if (colon > 0) {
                        headers.computeIfAbsent(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                                name -> new ArrayList<>()).add(lines[i].substring(colon + 1).strip());
                    }
                }
                Step step = script.poll();
                if (step instanceof Step.Drop drop && !drop.readBody()) {
                    return;
                }
                byte[] body = readBody(in, headers);
                RecordedRequest request;
                synchronized (requests) {
                    request = new RecordedRequest(indexes.getAndIncrement(), number, requestLine[0],
                            requestLine.length > 1 ? requestLine[1] : "", Map.copyOf(headers), body);
                    requests.add(request);
                }
                if (step == null) {
                    step = responder.apply(request);
                }
                if (step instanceof Step.Drop) {
                    return;
                }
                if (step instanceof Step.Streaming streaming) {
                    stream(in, out, streaming);
                    return;
                }
                Step.Reply reply = (Step.Reply) step;
                if (!reply.delay().isZero()) {
                    Thread.sleep(reply.delay().toMillis());
                }
                boolean close = reply.closeAfter() || headers.getOrDefault("connection", List.of()).stream()
                        .anyMatch(value -> value.equalsIgnoreCase("close"));
                write(out, reply, close);
                if (close) {
                    return;
                }
            }
        } catch (IOException | InterruptedException e) {
            // The client went away, or the server is closing: this connection is done.
        } finally {
            open.remove(connection);
        }
    }

    // The request line and headers, up to the empty line; null at a clean end of the connection.
    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int last = 0;
        while (true) {
            int b;
            try {
                b = in.read();
            } catch (SocketException e) {
                return null;
            }
            if (b < 0) {
                if (head.size() == 0) {
                    return null;
                }
                throw new EOFException("the connection ended inside a request head");
            }
            head.write(b);
            // The last four bytes, to find CR LF CR LF.
            last = (last << 8) | b;
            if (last == 0x0D0A0D0A) {
                String text = head.toString(StandardCharsets.ISO_8859_1);
                return text.substring(0, text.length() - 4);
            }
            if (head.size() > MAX_HEAD_BYTES) {
                throw new IOException("request head too long");
            }
        }
    }

    private static byte[] readBody(InputStream in, Map<String, List<String>> headers) throws IOException {
        List<String> encoding = headers.getOrDefault("transfer-encoding", List.of());
        if (encoding.stream().anyMatch(value -> value.toLowerCase(Locale.ROOT).contains("chunked"))) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            while (true) {
                String sizeLine = readLine(in);
                int size = Integer.parseInt(sizeLine.split(";")[0].strip(), 16);
                if (size == 0) {
                    // Trailers, up to the empty line.
                    while (!readLine(in).isEmpty()) {
                        continue;
                    }
                    return body.toByteArray();
                }
                body.write(in.readNBytes(size));
                readLine(in);
            }
        }
        List<String> length = headers.getOrDefault("content-length", List.of());
        if (length.isEmpty()) {
            return new byte[0];
        }
        int size = Integer.parseInt(length.get(0));
        byte[] body = in.readNBytes(size);
        if (body.length < size) {
            throw new EOFException("the connection ended inside a request body");
        }
        return body;
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            if (b != '\r') {
                line.append((char) b);
            }
        }
        if (b < 0) {
            throw new EOFException("the connection ended inside a chunked body");
        }
        return line.toString();
    }

    private static void write(OutputStream out, Step.Reply reply, boolean close) throws IOException {
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(reply.status()).append(' ')
                .append(reason(reply.status())).append("\r\n");
        for (Map.Entry<String, String> header : reply.headers()) {
            head.append(header.getKey()).append(": ").append(header.getValue()).append("\r\n");
        }
        head.append("Content-Length: ").append(reply.body().length).append("\r\n");
        if (close) {
            head.append("Connection: close\r\n");
        }
        head.append("\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.write(reply.body());
        out.flush();
    }

    // The head, each part flushed, then (holding) waiting for the client to close: a long-lived stream.
    private static void stream(InputStream in, OutputStream out, Step.Streaming streaming) throws IOException {
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(streaming.status()).append(' ')
                .append(reason(streaming.status())).append("\r\n");
        for (Map.Entry<String, String> header : streaming.headers()) {
            head.append(header.getKey()).append(": ").append(header.getValue()).append("\r\n");
        }
        head.append("Cache-Control: no-cache\r\nConnection: close\r\n\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        for (byte[] part : streaming.parts()) {
            out.write(part);
            out.flush();
        }
        if (streaming.hold()) {
            // Until the client closes its end (or the server is closed): nothing more is read or sent.
            while (in.read() >= 0) {
                continue;
            }
        }
    }

    private static String reason(int status) {
        return switch (status / 100) {
            case 2 -> "OK";
            case 3 -> "Redirect";
            case 4 -> "Client Error";
            default -> "Server Error";
        };
    }

    private static void quietlyClose(Socket connection) {
        try {
            connection.close();
        } catch (IOException e) {
            // Closing anyway.
        }
    }
}
