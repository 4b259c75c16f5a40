package org.majlis.security;

import org.majlis.base.DemoMode;
import org.majlis.base.UserText;
import org.majlis.base.Validation;
import org.majlis.security.internal.LocalAccount;
import org.majlis.security.internal.LocalAccountRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Objects;

/**
 * The local accounts of the embedded default. The demo seeder creates the demo ones (at start-up, before anyone signs
 * in, with the secretariat's authority), and the first-start setup the secretariat's ({@link SecretariatSetup}).
 * In demo mode the sign-in page lists the demo accounts to anyone; outside demo mode it lists none and they cannot
 * sign in. With {@code majlis.local-accounts=false} (the {@code keycloak} profile) local accounts are off: there is
 * no password sign-in at all and the sign-in page lists none (the seeder still writes the demo rows, so a database
 * can be shared by both ways of signing in).
 */
@Service
@PreAuthorize("permitAll()")
@Transactional(readOnly = true)
public class LocalAccounts {

    /** The password of every demo account; they sign in only in demo mode. */
    public static final String DEMO_PASSWORD = "demo";
    static final int USERNAME_MAX = 100;

    private final LocalAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final boolean enabled;
    private final DemoMode demoMode;

    LocalAccounts(LocalAccountRepository accounts, PasswordEncoder passwordEncoder,
                  @Value("${majlis.local-accounts:true}") boolean enabled, DemoMode demoMode) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.enabled = enabled;
        this.demoMode = demoMode;
    }

    /** Whether people sign in with local accounts (the embedded default) rather than through Keycloak. */
    public boolean enabled() {
        return enabled;
    }

    /** Demo accounts for the sign-in page (demo mode only): username and whether it is the secretariat. */
    /** The sign-in page lists at most this many demo accounts. */
    static final int DEMO_LISTED = 60;

    public List<DemoAccount> demoAccounts() {
        if (!enabled || !demoMode.on()) {
            return List.of();
        }
        // the demo's own accounts come first; a bench run adds thousands more that the sign-in page need not list
        return accounts.findByDemoTrueOrderById(Limit.of(DEMO_LISTED)).stream()
                .map(a -> new DemoAccount(a.getUsername(), a.isAdmin()))
                .toList();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void createDemoAccount(String username, boolean admin) {
        var name = Objects.requireNonNull(UserText.line(username));
        new Validation().required("username", name).maxLength("username", name, USERNAME_MAX).throwIfAny();
        if (accounts.findByUsername(name).isEmpty()) {
            accounts.save(new LocalAccount(name, passwordEncoder.encode(DEMO_PASSWORD), admin, true));
        }
    }

    public record DemoAccount(String username, boolean admin) {
    }
}
