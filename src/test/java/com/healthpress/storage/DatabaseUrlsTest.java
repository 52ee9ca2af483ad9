package com.healthpress.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatabaseUrlsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "jdbc:postgresql://db:5432/hp?user=hp&password=s3cret&ssl=true | jdbc:postgresql://db:5432/hp?user=hp&password=***&ssl=true",
        "jdbc:postgresql://db/hp?PASSWORD=s3cret                       | jdbc:postgresql://db/hp?PASSWORD=***",
        "jdbc:postgresql://db/hp?sslpassword=s3cret&user=hp            | jdbc:postgresql://db/hp?sslpassword=***&user=hp",
        "jdbc:postgresql://hp:s3cret@db:5432/hp                        | jdbc:postgresql://hp:***@db:5432/hp",
        "jdbc:h2:file:./data/hp;USER=sa;PASSWORD=s3cret;AUTO_SERVER=TRUE | jdbc:h2:file:./data/hp;USER=sa;PASSWORD=***;AUTO_SERVER=TRUE",
        "jdbc:h2:file:./data/healthpress;AUTO_SERVER=TRUE              | jdbc:h2:file:./data/healthpress;AUTO_SERVER=TRUE",
        "jdbc:postgresql://db:5432/hp?user=hp                          | jdbc:postgresql://db:5432/hp?user=hp",
    })
    void passwordsAreReplacedAndTheRestKept(String url, String shown) {
        assertEquals(shown, DatabaseUrls.redacted(url));
    }
}
