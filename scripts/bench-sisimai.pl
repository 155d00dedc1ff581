#!/usr/bin/perl
# Decodes every file named on the command line (for a folder: every file
# directly inside it whose name does not start with ".", in name order)
# with Sisimai->make, the Perl bounce classifier, and prints one JSON
# line: files read, bounce records found, and the seconds spent inside
# Sisimai->make (interpreter and module start-up excluded).
# Called by scripts/bench-sisimai.mjs.
use strict;
use warnings;
use Sisimai;
use Time::HiRes qw(time);

my @files;
for my $arg (@ARGV) {
    if (-d $arg) {
        opendir(my $dir, $arg) or die "failed to list $arg: $!\n";
        push @files, map { "$arg/$_" } grep { !/^\./ && -f "$arg/$_" } sort readdir $dir;
        closedir $dir;
    } else {
        push @files, $arg;
    }
}

my ($records, $spent) = (0, 0);
for my $path (@files) {
    my $start = time;
    my $found = Sisimai->make($path);
    $spent += time - $start;
    $records += scalar @$found if $found;
}
printf "{\"files\":%d,\"records\":%d,\"seconds\":%.6f}\n", scalar @files, $records, $spent;
