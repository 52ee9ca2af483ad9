package com.healthpress.api;

import com.healthpress.cli.CommandContext;
import com.healthpress.cli.ExitCode;
import com.healthpress.storage.Database;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code apikey create NAME}, {@code apikey list} and {@code apikey revoke ID}: the Content API's keys from the
 * command line, as the admin's API keys page makes them. A new key is printed once; only its hash is kept. Exit
 * codes: 0 done, 1 refused or failed (a bad name, an unknown key, a database that cannot be opened), 2 wrong usage.
 */
@Command(name = "apikey", description = {"Creates, lists or revokes keys of the read-only Content API (/api/v1).",
        "A new key is printed once: only its hash is kept."})
public final class ApiKeyCommand {

    private static final String MADE_BY = "command line";

    private final CommandContext context;

    public ApiKeyCommand(CommandContext context) {
        this.context = context;
    }

    @Command(name = "create", description = "Creates a key for a client and prints it (once).")
    int create(@Parameters(paramLabel = "NAME", description = "who will use the key, such as Newsletter; 1 to 100 "
            + "characters") String name) {
        return run(keys -> {
            NewApiKey created = keys.create(name, MADE_BY);
            context.out().println(created.secret());
            context.err().println("created API key " + created.key().id() + " (" + created.key().name() + "): "
                    + "store it now, it is not shown again");
            return ExitCode.DONE;
        });
    }

    @Command(name = "list", description = "Lists the keys: id, state, the key's start, name.")
    int list() {
        return run(keys -> {
            List<ApiKey> all = keys.list();
            for (ApiKey key : all) {
                context.out().println(key.id() + "\t" + (key.isActive() ? "active" : "revoked") + "\t"
                        + key.keyPrefix() + "…\t" + key.name());
            }
            return ExitCode.DONE;
        });
    }

    @Command(name = "revoke", description = "Revokes a key: requests with it are refused from then on.")
    int revoke(@Parameters(paramLabel = "ID", description = "the key's id, as apikey list prints it") long id) {
        return run(keys -> {
            if (!keys.revoke(id, MADE_BY)) {
                context.err().println("apikey: no active key has the id " + id);
                return ExitCode.FAILED;
            }
            context.out().println("revoked API key " + id);
            return ExitCode.DONE;
        });
    }

    private interface Work {
        int on(ApiKeys keys);
    }

    private int run(Work work) {
        try (Database database = context.openDatabase()) {
            return work.on(new ApiKeys(database.jdbi(), context.clock()));
        } catch (IllegalArgumentException e) {
            context.err().println("apikey: " + e.getMessage());
            return ExitCode.FAILED;
        } catch (RuntimeException e) {
            context.err().println("apikey: the database could not be used: " + e.getMessage());
            return ExitCode.FAILED;
        }
    }
}
