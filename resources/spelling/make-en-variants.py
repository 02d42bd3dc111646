#!/usr/bin/env python3
"""Writes en-variants.txt: the English words spelt one way in Britain and another in
the United States, as the two Hunspell dictionaries tell them apart.

    resources/spelling/make-en-variants.py [DICTIONARY_FOLDER] > resources/spelling/en-variants.txt

Every word form of each dictionary is listed with `unmunch` (Debian package
hunspell-tools) and confirmed by `hunspell -l` (package hunspell). A British form is one the en_GB dictionary accepts and en_US does not,
whose American counterpart (by the regular differences: -ise/-ize, -our/-or, -tre/-ter,
-lled/-led, -ence/-ense, -ogue/-og, ae/oe, single or double l, ...) en_US accepts; an
American form is such a counterpart that en_GB does not accept (en_GB takes many -ize
forms, the Oxford spelling, and those tell nothing). Words of a dictionary's own
coverage, not of spelling ("moonfish" in one list only), are left out.
"""
import re
import subprocess
import sys

folder = sys.argv[1] if len(sys.argv) > 1 else '/usr/share/hunspell'


def forms(name):
    out = subprocess.run(['unmunch', f'{folder}/{name}.dic', f'{folder}/{name}.aff'],
                         capture_output=True, check=True).stdout
    return {w for w in out.decode('utf-8', 'replace').split('\n') if w}


# British -> American, at any place in the word (the suffixes after them stay).
CHANGES = [('isation', 'ization'), ('ise', 'ize'), ('ised', 'ized'), ('ises', 'izes'),
           ('ising', 'izing'), ('iser', 'izer'), ('isers', 'izers'), ('yse', 'yze'),
           ('ysed', 'yzed'), ('yses', 'yzes'), ('ysing', 'yzing'), ('lled', 'led'),
           ('lling', 'ling'), ('ller', 'ler'), ('llers', 'lers'), ('tre', 'ter'),
           ('tres', 'ters'), ('tred', 'tered'), ('tring', 'tering'), ('ence', 'ense'),
           ('ences', 'enses'), ('ogue', 'og'), ('ogues', 'ogs'), ('lment', 'llment'),
           ('lments', 'llments'), ('fil', 'fill'), ('fils', 'fills'), ('rol', 'roll'),
           ('rols', 'rolls'), ('lful', 'llful'), ('mme', 'm'), ('mmes', 'ms'),
           ('ement', 'ment'), ('ements', 'ments'), ('eing', 'ing'), ('our', 'or'),
           ('ae', 'e'), ('oe', 'e'), ('oul', 'ol'), ('que', 'ck'), ('enq', 'inq')]


def counterparts(word):
    for british, american in CHANGES:
        for match in re.finditer(british, word):
            yield word[:match.start()] + american + word[match.end():]


def rejected(words, name):
    """The words of @p words that `hunspell -l` with dictionary @p name rejects."""
    out = subprocess.run(['hunspell', '-l', '-d', f'{folder}/{name}'], input='\n'.join(sorted(words)).encode(),
                         capture_output=True, check=True).stdout
    return set(out.decode('utf-8', 'replace').split('\n')) & words


def main():
    gb = forms('en_GB')
    us = forms('en_US')
    british = set()
    american = set()
    for word in gb:
        if not word[0].islower() or word in us:
            continue
        for other in counterparts(word):
            if other != word and other in us:
                british.add(word)
                if other not in gb:
                    american.add(other)
                break
    # What unmunch lists, Hunspell itself may not accept ("kronaer"): only the forms
    # each dictionary really takes, and the other really refuses, stay.
    british -= rejected(british, 'en_GB')
    british &= rejected(british, 'en_US')
    american -= rejected(american, 'en_US')
    american &= rejected(american, 'en_GB')
    print('# amends-english-variants 1')
    print('# Written by make-en-variants.py from the en_GB and en_US Hunspell dictionaries.')
    print('[british]')
    print('\n'.join(sorted(british)))
    print('[american]')
    print('\n'.join(sorted(american)))


main()
