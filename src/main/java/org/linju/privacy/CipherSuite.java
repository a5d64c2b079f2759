package org.linju.privacy;

/** The algorithms for a deployment: international (AES/SHA-256) or Chinese commercial cryptography (SM4/SM3). */
public enum CipherSuite {
    AES_GCM("AES/GCM/NoPadding", "AES", 32, "HmacSHA256"),
    SM4_GCM("SM4/GCM/NoPadding", "SM4", 16, "HMac-SM3");

    final String transformation;
    final String keyAlgorithm;
    final int keyBytes;
    final String mac;

    CipherSuite(String transformation, String keyAlgorithm, int keyBytes, String mac) {
        this.transformation = transformation;
        this.keyAlgorithm = keyAlgorithm;
        this.keyBytes = keyBytes;
        this.mac = mac;
    }
}
