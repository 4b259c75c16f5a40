package org.majlis.base;

/** Which way a chair moves an entry in an ordered list (agenda, speakers' queue). */
public enum Move {
    UP,
    DOWN
}
