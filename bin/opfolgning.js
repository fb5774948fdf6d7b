#!/usr/bin/env node
import { main } from '../dist/bundle/opfolgning.mjs';

main(process.argv);
