package org.majlis.security.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A username and password of the embedded default; production signs in through Keycloak instead. */
@Entity
public class LocalAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    private String passwordHash;

    @Column(name = "is_admin")
    private boolean admin;

    private boolean enabled;

    private boolean demo;

    protected LocalAccount() {
    }

    public LocalAccount(String username, String passwordHash, boolean admin, boolean demo) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.admin = admin;
        this.enabled = true;
        this.demo = demo;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isAdmin() {
        return admin;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isDemo() {
        return demo;
    }
}
