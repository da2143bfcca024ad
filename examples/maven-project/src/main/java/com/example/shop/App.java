package com.example.shop;

/** Stands in for the application whose scaling {@code scaling.yaml} describes. */
public final class App {
  public static void main(String[] args) {
    System.out.println("shop " + (args.length > 0 ? args[0] : "backend"));
  }
}
