package kz.utm.sdk.testing;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import kz.utm.sdk.internal.Json;

/**
 * A fake of the server's telemetry endpoint, for {@link ScriptedServer#otherwise}: it stores
 * batches by Idempotency-Key the way the reference server does (a repeated key with the same body
 * gets the first answer again and stores nothing; with another body, a 422), and before each
 * request asks its {@code fates} what to do with it: store it, drop the connection before or
 * after storing it (the answer lost), or answer 503 with Retry-After, 429 with Retry-After, or
 * 409 request-in-progress. Each stored point gets an id and the conformance status its
 * {@code judge} gives. Thread-safe: requests are handled one at a time.
 */
public final class TelemetryFake implements Function<RecordedRequest, Step> {

    /** What the fake does with one request. */
    public enum Fate {
        /** Store the batch (or replay the answer for its key) and answer 201. */
        STORE,
        /** Close the connection without storing. */
        DROP_BEFORE_STORING,
        /** Store the batch, then close the connection: the answer is lost. */
        DROP_AFTER_STORING,
        /** 503 with {@code Retry-After: 1}. */
        UNAVAILABLE,
        /** 429 with {@code Retry-After: 2}. */
        THROTTLED,
        /** 409 request-in-progress, as for a retry overtaking its key's first request. */
        IN_PROGRESS
    }

    /** A stored point, with the key of the request that stored it. */
    public record StoredPoint(long id, String key, Instant timestamp, double latitude, double longitude,
            double altitudeM, String conformance) {
    }

    private static final Pattern PATH = Pattern.compile("/api/v1/drones/(\\d+)/telemetry");

    private final ObjectMapper mapper = Json.mapper();
    private final Function<RecordedRequest, Fate> fates;
    private final Function<JsonNode, String> judge;
    private final Map<String, String> bodies = new HashMap<>();
    private final Map<String, String> answers = new HashMap<>();
    private final List<StoredPoint> stored = new ArrayList<>();
    private final Map<Fate, Integer> counts = new EnumMap<>(Fate.class);
    private int replays;
    private int reusedKeys;
    private long nextId = 1;

    /**
     * @param fates what to do with each request, asked in the order they arrive
     * @param judge the conformance status of a point (its JSON object as sent)
     */
    public TelemetryFake(Function<RecordedRequest, Fate> fates, Function<JsonNode, String> judge) {
        this.fates = Objects.requireNonNull(fates, "fates");
        this.judge = Objects.requireNonNull(judge, "judge");
    }

    /** A fake that stores every batch and judges every point ON_SCHEDULE. */
    public static TelemetryFake storingAll() {
        return new TelemetryFake(request -> Fate.STORE, point -> "ON_SCHEDULE");
    }

    @Override
    public synchronized Step apply(RecordedRequest request) {
        Matcher path = PATH.matcher(request.path());
        if (!request.method().equals("POST") || !path.matches()) {
            return Step.problem(404, "not-found", "");
        }
        Fate fate = fates.apply(request);
        counts.merge(fate, 1, Integer::sum);
        switch (fate) {
            case DROP_BEFORE_STORING:
                return Step.drop();
            case UNAVAILABLE:
                return Step.reply(503).header("Retry-After", "1");
            case THROTTLED:
                return Step.problem(429, "too-many-requests", "").header("Retry-After", "2");
            case IN_PROGRESS:
                return Step.problem(409, "request-in-progress", "");
            default:
                break;
        }
        Step answer = store(request, Integer.parseInt(path.group(1)));
        return fate == Fate.DROP_AFTER_STORING ? Step.drop() : answer;
    }

    private Step store(RecordedRequest request, int droneId) {
        Optional<String> key = request.header("Idempotency-Key");
        String body = request.bodyText();
        if (key.isPresent() && bodies.containsKey(key.get())) {
            if (!bodies.get(key.get()).equals(body)) {
                reusedKeys++;
                return Step.problem(422, "idempotency-key-reused", "");
            }
            replays++;
            return Step.json(201, answers.get(key.get()));
        }
        JsonNode points;
        try {
            points = mapper.readTree(body).path("points");
        } catch (IOException e) {
            return Step.problem(400, "malformed-request", "");
        }
        ObjectNode answer = mapper.createObjectNode();
        ArrayNode out = answer.putArray("points");
        for (JsonNode point : points) {
            String conformance = judge.apply(point);
            StoredPoint kept = new StoredPoint(nextId++, key.orElse(""), Instant.parse(point.path("timestamp").asText()),
                    point.path("latitude").asDouble(), point.path("longitude").asDouble(),
                    point.path("altitudeM").asDouble(), conformance);
            stored.add(kept);
            out.addObject().put("id", kept.id()).put("droneId", droneId).put("timestamp", kept.timestamp().toString())
                    .put("latitude", kept.latitude()).put("longitude", kept.longitude())
                    .put("altitudeM", kept.altitudeM()).put("conformance", conformance)
                    .put("createdAt", "2026-06-01T06:00:00Z");
        }
        String text = answer.toString();
        key.ifPresent(k -> {
            bodies.put(k, body);
            answers.put(k, text);
        });
        return Step.json(201, text);
    }

    /** Every point stored, in the order stored. */
    public synchronized List<StoredPoint> stored() {
        return List.copyOf(stored);
    }

    /** How many requests met each fate. */
    public synchronized Map<Fate, Integer> fates() {
        return Collections.unmodifiableMap(new EnumMap<>(counts));
    }

    /** How many requests met {@code fate}. */
    public synchronized int count(Fate fate) {
        return counts.getOrDefault(fate, 0);
    }

    /** How many requests repeated a stored key with its body and got the first answer again. */
    public synchronized int replays() {
        return replays;
    }

    /** How many requests repeated a stored key with another body. */
    public synchronized int reusedKeys() {
        return reusedKeys;
    }

    /** How many distinct keys stored a batch. */
    public synchronized int keys() {
        return bodies.size();
    }
}
