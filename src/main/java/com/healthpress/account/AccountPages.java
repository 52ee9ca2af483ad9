package com.healthpress.account;

import com.healthpress.access.Role;
import com.healthpress.access.Roles;
import com.healthpress.seo.SeoPages;
import com.healthpress.server.PathParams;
import com.healthpress.site.Views;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The accounts page: every account with its roles and state; inviting one by a one-time link (shown once, here),
 * changing roles, disabling (its sessions end at once) and enabling. A refused change answers 409 with the reason.
 */
public final class AccountPages {

    private static final String PAGE = "/admin/accounts";
    private static final Map<String, String> NOTICES = Map.of(
            "roles", "The roles are saved; they count from the account's next request.",
            "disabled", "The account is disabled: its sessions have ended and it cannot log in.",
            "enabled", "The account is enabled again and can log in.");

    private final AccountService accounts;
    private final Invitations invitations;
    private final Views views;
    private final SeoPages seo;
    private final Clock clock;

    AccountPages(AccountService accounts, Invitations invitations, Views views, SeoPages seo, Clock clock) {
        this.accounts = accounts;
        this.invitations = invitations;
        this.views = views;
        this.seo = seo;
        this.clock = clock;
    }

    public void listAccounts(Context ctx) {
        render(ctx, Map.of());
    }

    public void invite(Context ctx) {
        String username = Optional.ofNullable(ctx.formParam("username")).orElse("").trim();
        Roles roles = chosenRoles(ctx);
        try {
            render(ctx, Map.of("invitation", invitations.invite(username, roles)));
        } catch (AccountException e) {
            render(ctx.status(HttpStatus.UNPROCESSABLE_CONTENT), Map.of("errors", Map.of("username", e.getMessage()),
                    "inviteUsername", username, "inviteRoles", roles));
        }
    }

    public void renewInvitation(Context ctx) {
        change(ctx, () -> render(ctx, Map.of("invitation", invitations.renew(accountId(ctx)))));
    }

    public void changeRoles(Context ctx) {
        change(ctx, () -> {
            accounts.changeRoles(accountId(ctx), chosenRoles(ctx));
            ctx.redirect(PAGE + "?notice=roles", HttpStatus.SEE_OTHER);
        });
    }

    public void disable(Context ctx) {
        change(ctx, () -> {
            accounts.setDisabled(accountId(ctx), true);
            ctx.redirect(PAGE + "?notice=disabled", HttpStatus.SEE_OTHER);
        });
    }

    public void enable(Context ctx) {
        change(ctx, () -> {
            accounts.setDisabled(accountId(ctx), false);
            ctx.redirect(PAGE + "?notice=enabled", HttpStatus.SEE_OTHER);
        });
    }

    /** Makes the change, or shows the page again with why it was refused; nothing is changed then. */
    private void change(Context ctx, Runnable change) {
        try {
            change.run();
        } catch (AccountException e) {
            render(ctx.status(HttpStatus.CONFLICT), Map.of("refusal", e.getMessage()));
        }
    }

    private void render(Context ctx, Map<String, ?> pageModel) {
        Map<String, Object> model = new HashMap<>();
        model.put("errors", Map.of());
        model.put("inviteUsername", "");
        model.put("inviteRoles", Roles.of(Role.WRITER));
        model.putAll(pageModel);
        model.put("admin", AdminAuth.current(ctx));
        model.put("meta", seo.adminPage("Accounts"));
        model.put("accounts", accounts.list());
        model.put("now", clock.instant());
        model.put("roles", List.of(Role.values()));
        model.put("usernameMaxLength", AccountService.USERNAME_MAX_LENGTH);
        model.put("inviteDays", Invitations.LIFETIME.toDays());
        String notice = ctx.queryParam("notice");
        model.put("notice", notice == null ? null : NOTICES.get(notice));
        views.answer(ctx, "account/accounts", model);
    }

    /** The roles ticked in the form ({@code role} fields); unknown names are ignored. */
    private static Roles chosenRoles(Context ctx) {
        return Roles.of(ctx.formParams("role").stream().map(Role::named).flatMap(Optional::stream).toList());
    }

    private static long accountId(Context ctx) {
        return PathParams.id(ctx.pathParam("id")).orElseThrow(NotFoundResponse::new);
    }
}
