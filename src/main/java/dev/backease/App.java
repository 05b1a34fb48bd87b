package dev.backease;

public final class App {
    public static void main(String[] args) {
        System.out.println("BackEase");
    }
}
