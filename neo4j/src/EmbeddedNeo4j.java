/*
 * A tiny launcher for Neo4j Community embedded, with Bolt on 127.0.0.1.
 * It exists so that tests, benchmarks and `npm start` talk to a real Neo4j on machines without Docker.
 * It must stay a launcher: no application logic, no schema, no data.
 *
 * Arguments: --port N (0 = any free port) --data DIR --auth user:password|none [--ephemeral]
 * Prints exactly one line "NEO4J_READY bolt://127.0.0.1:PORT" when Bolt accepts connections.
 * Stops cleanly on SIGTERM/SIGINT and when standard input closes, so a crashed parent leaves no JVM behind.
 */
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

public final class EmbeddedNeo4j {
    private static final String HOST = "127.0.0.1";

    public static void main(String[] args) throws Exception {
        int port = 7687;
        Path data = null;
        String auth = "none";
        boolean ephemeral = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--data" -> data = Path.of(args[++i]);
                case "--auth" -> auth = args[++i];
                case "--ephemeral" -> ephemeral = true;
                default -> fail("unknown argument " + args[i] + " (expected --port N --data DIR --auth user:password|none [--ephemeral])");
            }
        }
        if (data == null) fail("--data DIR is required");
        // Watch stdin from the start: a parent that dies while we start must not leave us running.
        watchStdin();
        Files.createDirectories(data);

        boolean authEnabled = !"none".equals(auth);
        DatabaseManagementService dbms;
        try {
            dbms = new DatabaseManagementServiceBuilder(data)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, port))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    .setConfig(GraphDatabaseSettings.auth_enabled, authEnabled)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(512))
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    .setConfig(GraphDatabaseSettings.preallocate_logical_logs, !ephemeral)
                    .setConfig(GraphDatabaseSettings.preallocate_store_files, !ephemeral)
                    .setConfig(GraphDatabaseSettings.keep_logical_logs, ephemeral ? "false" : "2 days")
                    .setConfig(GraphDatabaseSettings.logs_directory, data.resolve("logs").toAbsolutePath())
                    .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(5))
                    .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(2))
                    // Bolt waits 5 s twice by default before stopping; a local launcher needs no grace period.
                    .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(200))
                    .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(200))
                    .build();
        } catch (RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null) root = root.getCause();
            String msg = String.valueOf(root.getMessage());
            if (root instanceof java.net.BindException || msg.contains("Address already in use")) {
                fail("port " + port + " on " + HOST + " is busy: stop whatever uses it, pass another port, or set NEO4J_URI");
            }
            throw e;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            dbms.shutdown();
            stopped.countDown();
        }, "neo4j-shutdown"));

        try {
            if (authEnabled) setPassword(dbms, auth);
            GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            var ports = ((GraphDatabaseAPI) db).getDependencyResolver().resolveDependency(ConnectorPortRegister.class);
            var bolt = ports.getLocalAddress(ConnectorType.BOLT);
            System.out.println("NEO4J_READY bolt://" + HOST + ":" + bolt.getPort());
            System.out.flush();
        } catch (RuntimeException e) {
            // The database is up but unusable: say why and exit, which runs the shutdown hook.
            System.err.println("embedded-neo4j: could not finish starting: " + e.getMessage());
            System.exit(1);
        }

        stopped.await();
    }

    /** Sets the password given on the command line; a stored database keeps working when it changes. */
    private static void setPassword(DatabaseManagementService dbms, String auth) {
        int colon = auth.indexOf(':');
        if (colon <= 0 || colon == auth.length() - 1) fail("--auth must be user:password or none");
        String user = auth.substring(0, colon);
        String password = auth.substring(colon + 1);
        GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        if ("neo4j".equals(user)) {
            try {
                system.executeTransactionally("ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
            } catch (RuntimeException e) {
                // A stored database that already has this password: nothing to change.
                if (!String.valueOf(e.getMessage()).contains("cannot be the same")) throw e;
            }
        } else {
            system.executeTransactionally(
                    "CREATE OR REPLACE USER $user SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("user", user, "pw", password));
        }
    }

    /** Exits (running the shutdown hook) when the parent closes our stdin or dies. */
    private static void watchStdin() {
        Thread t = new Thread(() -> {
            InputStream in = System.in;
            byte[] buf = new byte[256];
            try {
                while (in.read(buf) >= 0) {
                    // Input is ignored; only its end matters.
                }
            } catch (IOException ignored) {
                // A broken pipe means the parent is gone, which is the same as EOF.
            }
            System.exit(0);
        }, "stdin-watch");
        t.setDaemon(true);
        t.start();
    }

    private static void fail(String message) {
        System.err.println("embedded-neo4j: " + message);
        System.exit(2);
    }
}
