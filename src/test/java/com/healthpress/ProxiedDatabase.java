package com.healthpress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.h2.tools.Server;

/**
 * A new test database reached through a {@link TcpProxy}, so that a test can take it away: on H2 a database of an
 * H2 TCP server started here, in the PostgreSQL run a database on the test server. Close it to stop both.
 */
public final class ProxiedDatabase implements AutoCloseable {

    private static final Pattern POSTGRES_HOST = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)(/.*)");

    private final Server h2Server;
    private final TcpProxy proxy;
    private final String url;

    private ProxiedDatabase(Server h2Server, TcpProxy proxy, String url) {
        this.h2Server = h2Server;
        this.proxy = proxy;
        this.url = url;
    }

    public static ProxiedDatabase start() {
        if (TestDatabases.postgresRequested()) {
            String direct = TestDatabases.fresh();
            Matcher url = POSTGRES_HOST.matcher(direct);
            if (!url.matches()) {
                throw new IllegalStateException("no host and port in the test database's URL");
            }
            TcpProxy proxy = TcpProxy.to(url.group(1), Integer.parseInt(url.group(2)));
            return new ProxiedDatabase(null, proxy, "jdbc:postgresql://127.0.0.1:" + proxy.port() + url.group(3));
        }
        Server server = startH2Server();
        TcpProxy proxy = TcpProxy.to("127.0.0.1", server.getPort());
        return new ProxiedDatabase(server, proxy, "jdbc:h2:tcp://127.0.0.1:" + proxy.port() + "/db");
    }

    private static Server startH2Server() {
        try {
            String port = String.valueOf(TestPorts.freePort());
            return Server.createTcpServer("-tcpPort", port, "-ifNotExists", "-baseDir",
                    Files.createTempDirectory("healthpress-proxied-db").toString()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The JDBC URL that reaches the database through the proxy. */
    public String url() {
        return url;
    }

    public TcpProxy proxy() {
        return proxy;
    }

    @Override
    public void close() {
        proxy.close();
        if (h2Server != null) {
            h2Server.stop();
        }
    }
}
