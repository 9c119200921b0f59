package org.redpress.cli;
public class Main { public static void main(String[] a) {} }
