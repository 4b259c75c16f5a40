package org.majlis.security;

import org.majlis.base.DemoMode;
import org.majlis.base.InvalidInputException;
import org.majlis.base.RefusedException;
import org.majlis.base.Validation;
import org.majlis.security.internal.FirstStartSetup;
import org.majlis.security.internal.FirstStartSetupRepository;
import org.majlis.security.internal.LocalAccount;
import org.majlis.security.internal.LocalAccountRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * The first-start setup outside demo mode: while people sign in with local accounts and no secretariat account can
 * sign in, whoever reaches the setup screen with the setup code from the server's log ({@link SetupCode}) may create
 * it — once. Two operators racing the setup create one account; the other is refused with a translated message. With demo mode (the demo's {@code admin}) or Keycloak
 * (the realm's {@code ADMIN} role) there is nothing to set up.
 */
@Service
@PreAuthorize("permitAll()")
@Transactional
public class SecretariatSetup {

    /** Shortest password (NIST SP 800-63B asks for at least 8; an administrator's deserves more). */
    public static final int MIN_PASSWORD_LENGTH = 12;
    /** BCrypt reads 72 bytes of a password and Spring Security refuses longer ones. */
    public static final int MAX_PASSWORD_BYTES = 72;
    public static final int MAX_USERNAME_LENGTH = 100;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{3," + MAX_USERNAME_LENGTH + "}");

    private static final Logger log = LoggerFactory.getLogger(SecretariatSetup.class);

    private final LocalAccountRepository accounts;
    private final FirstStartSetupRepository setups;
    private final PasswordEncoder passwordEncoder;
    private final DemoMode demoMode;
    private final boolean localAccounts;
    private final Clock clock;
    private final SetupCode setupCode;

    SecretariatSetup(LocalAccountRepository accounts, FirstStartSetupRepository setups,
                     PasswordEncoder passwordEncoder, DemoMode demoMode,
                     @Value("${majlis.local-accounts:true}") boolean localAccounts, Clock clock,
                     SetupCode setupCode) {
        this.setupCode = setupCode;
        this.accounts = accounts;
        this.setups = setups;
        this.passwordEncoder = passwordEncoder;
        this.demoMode = demoMode;
        this.localAccounts = localAccounts;
        this.clock = clock;
    }

    /** Whether the setup screen is open: every other page leads there until it is done. */
    @Transactional(readOnly = true)
    public boolean pending() {
        return applies() && !setups.current().completed() && noSecretariat();
    }

    /**
     * Writes the setup code to the log once the server is up, while the setup is pending: the one way to learn it.
     */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional(readOnly = true)
    public void announceSetupCode() {
        if (pending()) {
            log.warn("First-start setup: no secretariat account yet. Open /{} and enter the setup code {}"
                    + " (it changes at every start; without it the setup screen refuses).", "setup",
                    setupCode.current());
        }
    }

    /**
     * Creates the secretariat's account from the setup screen, given the setup code from the log.
     *
     * @throws RefusedException      {@code setup.refused.done} when the setup is done (or was never needed)
     * @throws InvalidInputException when the setup code is wrong, or the username or the password breaks a rule;
     *                               nothing is created
     */
    public String create(SecretariatAccount account) {
        var setup = setups.lockForSetup(); // first: a racing setup waits here, then sees the committed account
        if (!applies() || setup.completed() || !noSecretariat()) {
            throw new RefusedException("setup.refused.done");
        }
        if (!setupCode.matches(account.setupCode())) {
            log.warn("First-start setup: a wrong setup code was entered");
            throw new InvalidInputException("setupCode", "validation.setup.code-wrong");
        }
        return createAccount(account, setup);
    }

    /**
     * Creates the secretariat's account from {@code MAJLIS_ADMIN_USERNAME} / {@code MAJLIS_ADMIN_PASSWORD} at start-up,
     * when no secretariat account can sign in (also after the setup screen was used, should that account be gone):
     * whoever sets the environment runs the server.
     *
     * @return false if there is a secretariat account already (nothing changed)
     */
    boolean createFromEnvironment(String username, String password) {
        var setup = setups.lockForSetup();
        if (!applies() || !noSecretariat()) {
            return false;
        }
        createAccount(new SecretariatAccount(username, password, password), setup);
        return true;
    }

    private String createAccount(SecretariatAccount account, FirstStartSetup setup) {
        var username = account.username() == null ? "" : account.username().strip();
        validate(username, account);
        var previous = setup.getCompletedAt();
        accounts.save(new LocalAccount(username, passwordEncoder.encode(account.password()), true, false));
        setup.complete(username, Instant.now(clock));
        log.info("First-start setup: secretariat account '{}' created{}", username,
                previous == null ? "" : " (an earlier setup was done on " + previous + ")");
        return username;
    }

    private void validate(String username, SecretariatAccount account) {
        var password = account.password() == null ? "" : account.password();
        var v = new Validation().required("username", username);
        if (!username.isEmpty()) {
            v.check(USERNAME.matcher(username).matches(), "username", "validation.setup.username-format",
                    MAX_USERNAME_LENGTH);
            v.check(v.hasErrorOn("username") || accounts.findByUsername(username).isEmpty(), "username",
                    "validation.setup.username-taken");
        }
        v.required("password", password);
        if (!password.isEmpty()) {
            v.check(password.codePointCount(0, password.length()) >= MIN_PASSWORD_LENGTH, "password",
                    "validation.setup.password-short", MIN_PASSWORD_LENGTH);
            v.check(password.getBytes(StandardCharsets.UTF_8).length <= MAX_PASSWORD_BYTES, "password",
                    "validation.setup.password-long", MAX_PASSWORD_BYTES);
            v.check(!password.strip().equalsIgnoreCase(username), "password", "validation.setup.password-is-username");
            v.check(password.equals(account.confirmation()), "confirmation", "validation.setup.password-mismatch");
        }
        v.throwIfAny();
    }

    private boolean applies() {
        return localAccounts && !demoMode.on();
    }

    private boolean noSecretariat() {
        return accounts.countByAdminTrueAndDemoFalseAndEnabledTrue() == 0;
    }
}
