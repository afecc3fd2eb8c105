package kz.utm.examples.server.testing;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The base of endpoint tests that share one server and one {@link World} per test class: the
 * server starts before the class's first test and stops after its last. Tests that change
 * something create their own users, drones or plans, so that they do not disturb each other.
 * Test classes run one after another (no parallel execution is configured), as the static
 * fields require.
 */
public abstract class SharedServer {

    protected static TestServer server;
    protected static Http http;
    protected static World world;

    @BeforeAll
    static void startSharedServer() {
        server = TestServer.start();
        http = server.http();
        world = World.build(server);
    }

    @AfterAll
    static void stopSharedServer() {
        server.close();
    }
}
