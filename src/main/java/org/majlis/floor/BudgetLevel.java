package org.majlis.floor;

/** How an organisation stands against its budget: no budget, time left, near the end (amber), past it (red). */
public enum BudgetLevel {
    NONE,
    OK,
    NEAR,
    OVER
}
