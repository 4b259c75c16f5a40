package org.majlis.security.internal;

import org.majlis.security.Roles;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs in local accounts: everyone is a USER, the secretariat also an ADMIN. Outside demo mode the demo accounts (a
 * database seeded by a demo earlier) do not exist as far as signing in is concerned: their password is published.
 */
public class LocalUserDetailsService implements UserDetailsService {

    private final LocalAccountRepository accounts;
    private final boolean demoMode;

    public LocalUserDetailsService(LocalAccountRepository accounts, boolean demoMode) {
        this.accounts = accounts;
        this.demoMode = demoMode;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        var account = accounts.findByUsername(username)
                .filter(found -> demoMode || !found.isDemo())
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        var roles = account.isAdmin() ? new String[]{Roles.USER, Roles.ADMIN} : new String[]{Roles.USER};
        return User.withUsername(account.getUsername())
                .password(account.getPasswordHash())
                .disabled(!account.isEnabled())
                .roles(roles)
                .build();
    }
}
