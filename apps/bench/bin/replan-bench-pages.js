#!/usr/bin/env node
'use strict';
require('../dist/pages.js');
