package org.majlis.security.internal;

import org.majlis.security.Roles;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.transaction.annotation.Transactional;

/** Signs in local accounts: everyone is a USER, the secretariat also an ADMIN. */
public class LocalUserDetailsService implements UserDetailsService {

    private final LocalAccountRepository accounts;

    public LocalUserDetailsService(LocalAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        var account = accounts.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        var roles = account.isAdmin() ? new String[]{Roles.USER, Roles.ADMIN} : new String[]{Roles.USER};
        return User.withUsername(account.getUsername())
                .password(account.getPasswordHash())
                .disabled(!account.isEnabled())
                .roles(roles)
                .build();
    }
}
