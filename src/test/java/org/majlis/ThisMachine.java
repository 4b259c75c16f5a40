package org.majlis;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Comparator;
import java.util.Optional;

/** This machine's network addresses, for tests that a server refuses connections from other machines. */
public final class ThisMachine {

    private ThisMachine() {
    }

    /** An address of this machine that is not a loopback address (IPv4 first), if it has one. */
    public static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
        return NetworkInterface.networkInterfaces()
                .filter(ThisMachine::up)
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> !address.isLoopbackAddress() && !address.isLinkLocalAddress()
                        && !address.isAnyLocalAddress())
                .min(Comparator.comparing(address -> address instanceof Inet4Address ? 0 : 1));
    }

    /** The address as the host part of a URL (IPv6 in brackets, without its zone). */
    public static String hostOf(InetAddress address) {
        return address instanceof Inet4Address ? address.getHostAddress()
                : "[" + address.getHostAddress().replaceAll("%.*", "") + "]";
    }

    private static boolean up(NetworkInterface networkInterface) {
        try {
            return networkInterface.isUp() && !networkInterface.isLoopback();
        } catch (SocketException e) {
            return false;
        }
    }
}
