package com.taoshu.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP forwarder on 127.0.0.1 between an app and a server (MariaDB), so a test can make the server vanish for that
 * app alone: {@link #cut()} closes the listening port and every forwarded connection (the app sees its connections
 * reset and new ones refused, as when the server dies), {@link #restore()} listens on the same port again. The shared
 * server itself is never touched.
 */
public final class TcpProxy implements AutoCloseable {

    private final String targetHost;
    private final int targetPort;
    private final int port;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listener;

    private TcpProxy(String targetHost, int targetPort, ServerSocket listener) {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.listener = listener;
        this.port = listener.getLocalPort();
        acceptOn(listener);
    }

    /** A proxy on a free port of 127.0.0.1 forwarding to {@code targetHost:targetPort}. */
    public static TcpProxy to(String targetHost, int targetPort) {
        return new TcpProxy(targetHost, targetPort, listen(0));
    }

    public int port() {
        return port;
    }

    /** The server is gone: no new connection is accepted and every forwarded one is closed now. */
    public synchronized void cut() {
        ServerSocket l = listener;
        listener = null;
        closeQuietly(l);
        open.forEach(TcpProxy::closeQuietly);
        open.clear();
    }

    /** The server is back: connections are accepted (and forwarded) again on the same port. */
    public synchronized void restore() {
        if (listener == null) {
            listener = listen(port);
            acceptOn(listener);
        }
    }

    @Override
    public void close() {
        cut();
    }

    private void acceptOn(ServerSocket l) {
        Thread.ofVirtual().name("tcp-proxy-accept-" + port).start(() -> {
            while (!l.isClosed()) {
                try {
                    Socket client = l.accept();
                    forward(client);
                } catch (IOException e) {
                    return; // closed by cut()
                }
            }
        });
    }

    private void forward(Socket client) {
        Socket server;
        try {
            server = new Socket();
            server.connect(new InetSocketAddress(targetHost, targetPort), 5_000);
        } catch (IOException e) {
            closeQuietly(client);
            return;
        }
        synchronized (this) {
            if (listener == null) { // cut() ran meanwhile
                closeQuietly(client);
                closeQuietly(server);
                return;
            }
            open.add(client);
            open.add(server);
        }
        Thread.ofVirtual().start(() -> pump(client, server));
        Thread.ofVirtual().start(() -> pump(server, client));
    }

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // one side closed or cut(): close both below
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            open.remove(from);
            open.remove(to);
        }
    }

    private static ServerSocket listen(int port) {
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return socket;
        } catch (IOException e) {
            throw new IllegalStateException("cannot listen on 127.0.0.1:" + port, e);
        }
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            if (closeable instanceof Socket socket && !socket.isClosed()) {
                try {
                    socket.setSoLinger(true, 0); // reset, as a dead server's kernel would: no lingering FIN handshake
                } catch (SocketException ignored) {
                    // already half closed
                }
            }
            closeable.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }
}
