package com.healthpress.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.Test;

class RequestThreadsTest {

    @Test
    void theConnectorHasOneSelectorPerCoreSoCachedPagesAreAnsweredOnEveryCore() {
        ServerConnector connector = (ServerConnector) RequestThreads.connector(new Server(), new HttpConfiguration(),
                8080);

        assertEquals(Runtime.getRuntime().availableProcessors(), connector.getSelectorManager().getSelectorCount());
        assertEquals(1, connector.getAcceptors());
        assertEquals(8080, connector.getPort());
    }
}
