package org.redpress.serve;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Refuses requests whose {@code Host} is not this computer while the preview listens on loopback
 * only: a page on another site could otherwise point a name it controls at 127.0.0.1 (DNS
 * rebinding) and read the preview, drafts included, from the visitor's browser. With {@code
 * --host} set to another address, any name is accepted (the editor chose to share it).
 */
final class HostCheck {

  private final boolean loopbackOnly;

  HostCheck(String listenHost) {
    this.loopbackOnly = isLoopback(listenHost);
  }

  /** Whether a request with this {@code Host} header value (null when absent) may be served. */
  boolean allows(String hostHeader) {
    if (!loopbackOnly) {
      return true;
    }
    if (hostHeader == null || hostHeader.isBlank()) {
      return false;
    }
    String name = hostName(hostHeader.strip().toLowerCase(Locale.ROOT));
    return name.equals("localhost") || name.endsWith(".localhost") || isLiteralLoopback(name);
  }

  /** The name without its port: "[::1]:8080" → "::1", "localhost:8080" → "localhost". */
  private static String hostName(String host) {
    if (host.startsWith("[")) {
      int end = host.indexOf(']');
      return end < 0 ? host : host.substring(1, end);
    }
    int colon = host.indexOf(':');
    return colon < 0 ? host : host.substring(0, colon);
  }

  /** 127.x.x.x or ::1 written as an address; never resolves a name. */
  private static boolean isLiteralLoopback(String name) {
    if (!name.matches("[0-9.]+|[0-9a-f:]+")) {
      return false;
    }
    try {
      return InetAddress.getByName(name).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  private static boolean isLoopback(String listenHost) {
    try {
      return InetAddress.getByName(listenHost).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
