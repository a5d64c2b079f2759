package org.linju.identity;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * One try with a password, at the sign-in form or on the password page: the name it was for (an account's or not)
 * and the client address it came from. An IPv6 address counts by its /64 network, which one subscriber holds whole.
 */
record SignInAttempt(String username, String address) {

    /** The longest username an account may have; a longer name is counted as its first 64 characters. */
    private static final int NAME_LENGTH = 64;

    SignInAttempt {
        username = username.length() > NAME_LENGTH ? username.substring(0, NAME_LENGTH) : username;
        address = network(address);
    }

    /** The first of the three counters this attempt feeds, in the order every attempt locks them. */
    LoginFailures.Counter nameFromAddress() {
        return new LoginFailures.Counter(username, address, DelayPolicy.NAME_FROM_ADDRESS);
    }

    LoginFailures.Counter addressForAllNames() {
        return new LoginFailures.Counter("", address, DelayPolicy.ADDRESS);
    }

    LoginFailures.Counter nameFromAllAddresses() {
        return new LoginFailures.Counter(username, "", DelayPolicy.NAME);
    }

    private static String network(String address) {
        if (!address.contains(":")) {
            return address;
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress();
            if (bytes.length == 16) {
                Arrays.fill(bytes, 8, 16, (byte) 0);
                return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
            }
            return InetAddress.getByAddress(bytes).getHostAddress();
        } catch (UnknownHostException e) {
            return address.length() > 45 ? address.substring(0, 45) : address;
        }
    }
}
